using FocalPoint.Web.Account;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace FocalPoint.Web.Hosting;

/// <summary>Tells the person who started FocalPoint where it is and, in demo mode, how to sign in.</summary>
internal static class StartupBanner
{
    public static void Print(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var demo = app.Services.GetRequiredService<IOptions<DemoAccountOptions>>().Value;
        var output = Console.Out;
        output.WriteLine();
        output.WriteLine("FocalPoint is running.");
        foreach (var address in addresses)
        {
            output.WriteLine($"  Open {address.Replace("://[::]", "://localhost", StringComparison.Ordinal).Replace("://0.0.0.0", "://localhost", StringComparison.Ordinal)}");
        }

        if (demo.Enabled)
        {
            output.WriteLine($"  Demo sign-ins (password for all: {demo.Password}); authenticator secrets for demo use only:");
            foreach (var (userName, role, _, agency) in DemoAccounts.All)
            {
                output.WriteLine($"    {userName,-12} {role,-21} {agency,-13} {AuthenticatorKey.DemoSecret(userName)}");
            }
        }

        output.WriteLine($"  Node: {app.Services.GetRequiredService<FocalPoint.Application.Jobs.JobNode>().Id}   API reference: /api   Health: /health/ready, /health/live");
        output.WriteLine();
    }
}
