using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using FocalPoint.Application.Sharing.Packages;
using FocalPoint.Application.Sharing.Sending;
using FocalPoint.Domain.Sharing;

// Sharing benchmark: builds (redaction included), signs and encrypts a package of 10,000 records (x BENCH_SCALE) for
// one recipient, opens it again, and compares with the reference: the same payload serialised and gzipped, no crypto.
var scale = double.Parse(Environment.GetEnvironmentVariable("BENCH_SCALE") ?? "1", CultureInfo.InvariantCulture);
var count = Math.Max(100, (int)(10_000 * scale));
var partner = new SharingPartner { Code = "MK-MOI", PersonsAllowed = false, NeverSend = "narrative" };
var signer = PrivateKey.NewSigning();
var reader = PrivateKey.NewEncryption();
var now = TimeProvider.System.GetUtcNow();

byte[] Build() => new Payload(PackageFormat.Payload, Payload.RecordsKind, "XK-FFP", "MK-MOI", "Regional threat picture",
    [.. Enumerable.Range(0, count).Select(Record)]).ToJson();

SharedRecord Record(int i)
{
    var type = (i % 3) switch { 0 => "firearm", 1 => "incident", _ => "person" };
    var fields = new Dictionary<string, string>
    {
        ["serial"] = $"AK-47 {i:D6}", ["make"] = "Zastava", ["model"] = "M70", ["calibre"] = "7.62x39", ["incident"] = $"KP-2024-{i:D6}",
        ["narrative"] = "Rifle found under the seat during a traffic stop.", ["givenName"] = "Dritan", ["familyName"] = "Berisha", ["role"] = "Suspect",
    };
    return new SharedRecord(type, $"XK-FFP:{type}/{i}", "H1", "AMBER", "B", "2", "Regional threat picture", Redaction.Apply(type, fields, partner));
}

byte[] Seal() => PackageSealer.Seal(Build(), signer.Private, [reader.Public], now, now.AddDays(30));

byte[] Reference()
{
    using var output = new MemoryStream();
    using (var gzip = new GZipStream(output, CompressionLevel.Fastest))
    {
        gzip.Write(Build());
    }

    return output.ToArray();
}

double Median(Func<byte[]> work, out byte[] result)
{
    result = work();
    var times = new List<double>();
    for (var i = 0; i < 7; i++)
    {
        var watch = Stopwatch.StartNew();
        result = work();
        times.Add(watch.Elapsed.TotalMilliseconds);
    }

    return times.Order().ElementAt(times.Count / 2);
}

var sealMs = Median(Seal, out var package);
var referenceMs = Median(Reference, out var plain);
var openMs = Median(() => PackageOpener.Open(package, _ => new SenderKey(signer.Public, false, "XK-FFP"), [reader.Private], now).Payload!, out _);
var inv = CultureInfo.InvariantCulture;
Console.WriteLine(string.Create(inv, $"sharing.records: {count} records"));
Console.WriteLine(string.Create(inv, $"sharing.seal_ms: {sealMs:F1} ms"));
Console.WriteLine(string.Create(inv, $"sharing.open_ms: {openMs:F1} ms"));
Console.WriteLine(string.Create(inv, $"sharing.package_bytes: {package.Length} bytes"));
Console.WriteLine(string.Create(inv, $"sharing.bytes_per_record: {package.Length / (double)count:F1} bytes"));
Console.WriteLine(string.Create(inv, $"sharing.reference_gzip_ms: {referenceMs:F1} ms"));
Console.WriteLine(string.Create(inv, $"sharing.reference_gzip_bytes: {plain.Length} bytes"));
Console.WriteLine(string.Create(inv, $"sharing.ratio: {referenceMs / sealMs:F2}"));
