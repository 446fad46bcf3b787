using System.Text;
using System.Text.Json.Nodes;
using FocalPoint.Application.Sharing.Packages;

namespace FocalPoint.Application.Tests.Sharing;

public sealed class PackageCryptoTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 10, 0, 0, TimeSpan.Zero);
    private static readonly (PrivateKey Private, PublicKey Public) Signer = PrivateKey.NewSigning();
    private static readonly (PrivateKey Private, PublicKey Public) Reader = PrivateKey.NewEncryption();

    [Fact]
    public void Open_SealedForAnEcdhKey_PayloadRestoredAndSenderNamed()
    {
        var bytes = Seal(Reader.Public);

        var opened = Open(bytes, Reader.Private);

        Assert.Null(opened.Refusal);
        Assert.Equal("MK-MOI", opened.PartnerCode);
        Assert.Equal("serial", Payload.FromJson(opened.Payload!).Records[0].Fields.Keys.Single());
    }

    [Fact]
    public void Open_SealedForAnRsaKeyBesideAnEcdhKey_EachRecipientOpensIt()
    {
        var rsa = PrivateKey.NewRsaEncryption();

        var bytes = Seal(Reader.Public, rsa.Public);

        Assert.Null(Open(bytes, rsa.Private).Refusal);
        Assert.Null(Open(bytes, Reader.Private).Refusal);
    }

    [Fact]
    public void Open_CiphertextOrRecipientChanged_RefusedAsBadSignature()
    {
        var node = JsonNode.Parse(Seal(Reader.Public))!;
        var cipher = Convert.FromBase64String((string)node["payload"]!["ciphertext"]!);
        cipher[0] ^= 1;
        node["payload"]!["ciphertext"] = Convert.ToBase64String(cipher);

        var opened = Open(Encoding.UTF8.GetBytes(node.ToJsonString()), Reader.Private);

        Assert.Equal(PackageRefusal.BadSignature, opened.Refusal);
    }

    [Fact]
    public void Open_SignedByAnotherKeyUnderTheKnownId_RefusedAsBadSignature()
    {
        var impostor = PrivateKey.NewSigning().Private with { KeyId = Signer.Private.KeyId };
        var bytes = PackageSealer.Seal(PayloadJson(), impostor, [Reader.Public], Now, Now.AddDays(1));

        Assert.Equal(PackageRefusal.BadSignature, Open(bytes, Reader.Private).Refusal);
    }

    [Fact]
    public void Open_UnknownOrRevokedSender_Refused()
    {
        var bytes = Seal(Reader.Public);

        var unknown = PackageOpener.Open(bytes, _ => SenderKey.Unknown, [Reader.Private], Now);
        var revoked = PackageOpener.Open(bytes, _ => new SenderKey(Signer.Public, true, "MK-MOI"), [Reader.Private], Now);

        Assert.Equal(PackageRefusal.UnknownSender, unknown.Refusal);
        Assert.Equal(PackageRefusal.SenderKeyRevoked, revoked.Refusal);
    }

    [Fact]
    public void Open_AfterExpiry_Refused()
    {
        var bytes = Seal(Reader.Public);

        Assert.Equal(PackageRefusal.Expired, PackageOpener.Open(bytes, Senders, [Reader.Private], Now.AddDays(2)).Refusal);
    }

    [Fact]
    public void Open_AddressedToAnotherKey_RefusedAsNotAddressedToUs()
    {
        var other = PrivateKey.NewEncryption();

        Assert.Equal(PackageRefusal.NotAddressedToUs, Open(Seal(other.Public), Reader.Private).Refusal);
    }

    [Fact]
    public void Open_OverTheSizeLimit_RefusedBeforeParsing()
    {
        var bytes = Seal(Reader.Public);

        Assert.Equal(PackageRefusal.TooLarge, PackageOpener.Open(bytes, Senders, [Reader.Private], Now, maxBytes: bytes.Length - 1).Refusal);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{}")]
    [InlineData("extra")]
    public void Open_NotMatchingTheSchema_RefusedAsNotAPackage(string variant)
    {
        var bytes = variant switch
        {
            "extra" => AddMember(Seal(Reader.Public), "comment", "unexpected"),
            _ => Encoding.UTF8.GetBytes(variant),
        };

        Assert.Equal(PackageRefusal.NotAPackage, Open(bytes, Reader.Private).Refusal);
    }

    [Fact]
    public void Open_PayloadBreakingTheSchema_RefusedAsNotAPackage()
    {
        var bad = Encoding.UTF8.GetBytes("""{"format":"focalpoint-payload/1","kind":"records","sender":"MK-MOI","recipient":"XK-FFP","purpose":"x","records":[{"type":"essay"}]}""");
        var bytes = PackageSealer.Seal(bad, Signer.Private, [Reader.Public], Now, Now.AddDays(1));

        Assert.Equal(PackageRefusal.NotAPackage, Open(bytes, Reader.Private).Refusal);
    }

    [Fact]
    public void Fingerprint_SameKey_SameTenGroupsOfFour()
    {
        var fingerprint = KeyMaterial.Fingerprint(Signer.Public.SubjectPublicKeyInfo);

        Assert.Matches("^([0-9A-F]{4} ){9}[0-9A-F]{4}$", fingerprint);
        Assert.Equal(fingerprint, KeyMaterial.Fingerprint(Signer.Public.SubjectPublicKeyInfo.ToArray()));
        Assert.NotEqual(fingerprint, KeyMaterial.Fingerprint(Reader.Public.SubjectPublicKeyInfo));
    }

    private static SenderKey Senders(string keyId) => keyId == Signer.Public.KeyId ? new SenderKey(Signer.Public, false, "MK-MOI") : SenderKey.Unknown;

    private static OpenedPackage Open(byte[] bytes, PrivateKey ours) => PackageOpener.Open(bytes, Senders, [ours], Now);

    private static byte[] Seal(params PublicKey[] recipients) => PackageSealer.Seal(PayloadJson(), Signer.Private, recipients, Now, Now.AddDays(1));

    private static byte[] PayloadJson() => new Payload(PackageFormat.Payload, Payload.RecordsKind, "MK-MOI", "XK-FFP", "Joint investigation",
        [new SharedRecord("firearm", "MK-MOI:Firearm/7", "H1", "AMBER", "B", "2", "Joint investigation", new Dictionary<string, string> { ["serial"] = "AK-47 0093" })]).ToJson();

    private static byte[] AddMember(byte[] json, string name, string value)
    {
        var node = JsonNode.Parse(json)!;
        node[name] = value;
        return Encoding.UTF8.GetBytes(node.ToJsonString());
    }
}
