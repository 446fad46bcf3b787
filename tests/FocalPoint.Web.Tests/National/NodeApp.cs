using System.Net;
using FocalPoint.Data.Setup;
using FocalPoint.Testing;
using FocalPoint.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace FocalPoint.Web.Tests.National;

/// <summary>
/// One web node of a national service: the whole application on a PostgreSQL database that other nodes share, with
/// its own node id, short leases (seconds, so that take-overs are tested in seconds) and, when a test says so, settings
/// or services of its own (a clock, a probe job, another certificate).
/// </summary>
public sealed class NodeApp(TestDatabase shared, string nodeId, IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    : FocalPointApp(shared)
{
    public const int LeaseSeconds = 5;

    public override DatabaseProvider Provider => DatabaseProvider.PostgreSQL;

    public string NodeId => nodeId;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Node:Id", nodeId);
        builder.UseSetting("Jobs:PollSeconds", "1");
        builder.UseSetting("Jobs:LeaseSeconds", LeaseSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }

        if (services is not null)
        {
            builder.ConfigureTestServices(services);
        }
    }

    /// <summary>Starts the node (migration check, configuration check, hosted services), as a process start would.</summary>
    public NodeApp Started()
    {
        _ = Services;
        return this;
    }

    /// <summary>A client of this node that keeps its cookies in <paramref name="cookies"/>: give two nodes' clients one jar to play the load balancer.</summary>
    public HttpClient ClientWith(CookieContainer cookies) => CreateDefaultClient(new CookieContainerHandler(cookies));

    /// <summary>A fresh PostgreSQL database with the demo data the nodes expect (copied from a template: quick).</summary>
    public static Task<TestDatabase> SharedDatabaseAsync() => TestDatabase.CreateWithDemoAsync(DatabaseProvider.PostgreSQL, DemoScale);
}
