using FocalPoint.Application;
using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Data.Auditing;
using Microsoft.Extensions.DependencyInjection;

namespace FocalPoint.Testing;

/// <summary>The application's use cases wired to a test database, as the web host wires them.</summary>
public static class TestServices
{
    public static ServiceProvider For(
        TestDatabase database, string userName = "tester", TimeProvider? time = null, UserAccess? access = null, Action<IServiceCollection>? replace = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IAccessContext>(new FixedAccessContext(access ?? UserAccess.System(userName)));
        services.AddSingleton<RecordingAuditLog>();
        services.AddSingleton<IAuditLog>(sp => sp.GetRequiredService<RecordingAuditLog>());
        services.AddSingleton(time ?? TimeProvider.System);
        services.AddSingleton<ICurrentUser>(new SystemUser(access?.UserName ?? userName));
        services.AddScoped(sp => database.CreateContext(sp.GetRequiredService<ICurrentUser>(), sp.GetRequiredService<TimeProvider>()));
        services.AddFocalPointApplication();
        replace?.Invoke(services);
        return services.BuildServiceProvider(validateScopes: true);
    }

    /// <summary>Runs one use case in a scope of its own, as a request or a page action does.</summary>
    public static async Task<TResult> RunAsync<THandler, TResult>(this ServiceProvider services, Func<THandler, Task<TResult>> action)
        where THandler : notnull
    {
        await using var scope = services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<THandler>());
    }

    public static async Task<FocalPointDbContext> ContextAsync(this ServiceProvider services)
    {
        await Task.Yield();
        return services.CreateScope().ServiceProvider.GetRequiredService<FocalPointDbContext>();
    }
}
