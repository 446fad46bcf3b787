using System.Globalization;
using FocalPoint.Application.Demo;

namespace FocalPoint.Cli.Demo;

/// <summary>Writes the generator's ground truth as CSV: kind,record_id,entity_id (persons and firearms).</summary>
internal sealed class TruthWriter : IAsyncDisposable
{
    private readonly StreamWriter writer;

    private TruthWriter(StreamWriter writer) => this.writer = writer;

    public static TruthWriter? Open(FileInfo? file)
    {
        if (file is null)
        {
            return null;
        }

        var writer = new StreamWriter(file.FullName);
        writer.WriteLine("kind,record_id,entity_id");
        return new TruthWriter(writer);
    }

    public void Write(DemoBatch batch)
    {
        foreach (var t in batch.PersonTruths)
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"person,{t.PersonId},{t.IdentityId}"));
        }

        foreach (var t in batch.FirearmTruths)
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"firearm,{t.FirearmId},{t.PhysicalFirearmId}"));
        }
    }

    public ValueTask DisposeAsync() => writer.DisposeAsync();
}
