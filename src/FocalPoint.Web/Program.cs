using FocalPoint.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddFocalPointServices();

var app = builder.Build();
await app.PrepareDatabaseAsync();
app.UseFocalPointPipeline();
app.MapFocalPointEndpoints();
app.PrintStartupBanner();

await app.RunAsync();

/// <summary>Entry point; public so that tests can host the application.</summary>
public partial class Program;
