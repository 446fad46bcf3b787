using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using FocalPoint.Data.Auditing;
using FocalPoint.Data.Setup;
using FocalPoint.Testing;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.DependencyInjection;

namespace FocalPoint.Web.Tests.National;

/// <summary>
/// A node whose configuration disagrees with what the shared database holds refuses to start, naming the setting
/// (issue 18): another key-ring certificate, none at all, or another audit anchor key.
/// </summary>
public sealed class NodeConfigurationTests
{
    private const string PfxPassword = "node-test-password";

    [Fact]
    public async Task Start_CertificateOtherThanTheKeyRings_RefusedNamingTheSetting()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.PostgreSQL);
        var (first, second) = (CertificateFile("node-keys"), CertificateFile("other-keys"));
        await using var a = new NodeApp(database, "node-a", WithCertificate(first)).Started();
        // A key encrypted with the first certificate (keys made before any certificate was set stay readable to all).
        var now = TimeProvider.System.GetUtcNow();
        a.Services.GetRequiredService<IKeyManager>().CreateNewKey(now, now.AddDays(90));

        await using var other = new NodeApp(database, "node-b", WithCertificate(second));
        await using var none = new NodeApp(database, "node-c", new Dictionary<string, string?> { ["Jobs:Enabled"] = "false" });
        await using var same = new NodeApp(database, "node-d", WithCertificate(first));

        Assert.Contains("DataProtection:CertificatePath", StartError(other));
        Assert.Contains("DataProtection:CertificatePath", StartError(none));
        Assert.Contains(none.RecentLog.Tail(50), line => line.Contains("stored unprotected", StringComparison.Ordinal));
        Assert.Equal("written on node A", same.Started().Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test")
            .Unprotect(a.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Protect("written on node A")));
    }

    [Fact]
    public async Task Start_AnchorKeyOtherThanTheChains_RefusedNamingTheSetting()
    {
        await using var database = await NodeApp.SharedDatabaseAsync();
        await using var a = new NodeApp(database, "node-a", WithAnchorKey("the anchor key every node of this service shares")).Started();
        await using (var scope = a.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IAuditLog>().RecordAsync(new AuditEvent(AuditAction.Consult, "NodeProbe", ["1"]));
        }

        await using var other = new NodeApp(database, "node-b", WithAnchorKey("a different anchor key, configured by mistake"));
        await using var same = new NodeApp(database, "node-c", WithAnchorKey("the anchor key every node of this service shares"));

        Assert.Contains("Audit:AnchorKey", StartError(other));
        Assert.NotNull(same.Started().Services);
    }

    private static string StartError(NodeApp node) => Assert.ThrowsAny<Exception>(() => node.Started()).ToString();

    private static Dictionary<string, string?> WithCertificate(string path) => new()
    {
        ["Jobs:Enabled"] = "false", ["DataProtection:CertificatePath"] = path, ["DataProtection:CertificatePassword"] = PfxPassword,
    };

    // Every entry anchors, so the one entry written leaves a signed anchor behind.
    private static Dictionary<string, string?> WithAnchorKey(string key) => new()
    {
        ["Jobs:Enabled"] = "false", ["Audit:AnchorKey"] = key, ["Audit:AnchorEvery"] = "1",
    };

    /// <summary>A self-signed certificate with its private key, as a PFX file the node reads.</summary>
    private static string CertificateFile(string subject)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest($"CN={subject}", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(TimeProvider.System.GetUtcNow().AddDays(-1), TimeProvider.System.GetUtcNow().AddYears(1));
        var path = Path.Combine(Path.GetTempPath(), $"focalpoint-{subject}-{Guid.NewGuid():N}.pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, PfxPassword));
        return path;
    }
}
