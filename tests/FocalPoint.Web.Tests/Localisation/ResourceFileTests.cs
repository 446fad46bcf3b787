using System.Text.RegularExpressions;
using System.Xml.Linq;
using FocalPoint.Testing;

namespace FocalPoint.Web.Tests.Localisation;

public sealed partial class ResourceFileTests
{
    private static readonly string Folder = Path.Combine(RepositoryRoot.Path, "src", "FocalPoint.Web", "Localisation");

    [Fact]
    public void ResourceFiles_EveryLanguage_HasEveryKeyWithAValue()
    {
        var english = Keys("SharedResource.resx");

        foreach (var file in new[] { "SharedResource.sq.resx", "SharedResource.sr-Latn.resx" })
        {
            var other = Keys(file);
            Assert.Empty(english.Keys.Except(other.Keys));
            Assert.Empty(other.Where(kv => string.IsNullOrWhiteSpace(kv.Value)).Select(kv => kv.Key));
        }
    }

    [Fact]
    public void Components_EveryKeyTheyUse_ExistsInTheResources()
    {
        var keys = Keys("SharedResource.resx");
        var used = Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, "src", "FocalPoint.Web"), "*.razor", SearchOption.AllDirectories)
            .SelectMany(f => UsedKey().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .Distinct();

        var missing = used.Where(k => !keys.ContainsKey(k)).ToList();

        Assert.True(missing.Count == 0, "Missing in SharedResource.resx: " + string.Join(", ", missing));
    }

    [Fact]
    public void EnumNames_ShownInTheUi_AreTranslated()
    {
        var keys = Keys("SharedResource.resx");
        var enums = new[]
        {
            typeof(Domain.Incidents.IncidentKind), typeof(Domain.Incidents.ReportingAgency), typeof(Domain.Incidents.LegalContext),
            typeof(Domain.Incidents.SourceReliability), typeof(Domain.Incidents.InformationAccuracy), typeof(Domain.Incidents.HandlingCode),
            typeof(Domain.Items.MarkingStatus), typeof(Domain.Items.FirearmLegalStatus), typeof(Domain.Items.ExplosiveKind),
            typeof(Domain.Items.ComponentKind), typeof(Domain.Parties.Sex), typeof(Domain.Parties.PersonRole), typeof(Domain.Links.LinkType),
            typeof(Domain.Links.EntityKind), typeof(Domain.Tracing.TraceChannel), typeof(Domain.Tracing.TraceStatus),
            typeof(Domain.Tracing.TraceDirection), typeof(Domain.Tracing.StolenMatch), typeof(Domain.Tracing.StolenHitState),
            typeof(Application.Tracing.Traces.TraceMove), typeof(Application.Tracing.Traces.IdentificationField), typeof(Application.Tracing.Traces.RouteReason),
            typeof(Domain.Sharing.SharingKeyUse), typeof(Domain.Sharing.PackageStatus), typeof(Domain.Sharing.PackageDirection),
            typeof(Domain.Training.TrainingTopic), typeof(Application.Training.Figures.TrainingCut), typeof(Domain.Infrastructure.CriticalSector),
            typeof(Domain.Infrastructure.ThreatLevel), typeof(Domain.Infrastructure.PlanStatus), typeof(Domain.Infrastructure.RiskRating),
        };

        var missing = enums.SelectMany(e => Enum.GetNames(e).Select(n => $"{e.Name}_{n}")).Where(k => !keys.ContainsKey(k)).ToList();

        Assert.True(missing.Count == 0, "Missing in SharedResource.resx: " + string.Join(", ", missing));
    }

    [Fact]
    public void UseCaseMessages_EveryCode_IsTranslatedInEveryLanguage()
    {
        var templates = typeof(Application.Common.Messages).Assembly.GetTypes()
            .SelectMany(t => t.GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static))
            .Where(f => f.FieldType == typeof(Application.Common.MessageTemplate))
            .Select(f => (Application.Common.MessageTemplate)f.GetValue(null)!)
            .ToList();
        var codes = templates.Select(t => $"Msg_{t.Code}")
            .Concat(Enum.GetNames<FocalPoint.Network.KeyPlayerReasonCode>().Select(n => $"KeyPlayer_{n}"));

        foreach (var file in new[] { "SharedResource.resx", "SharedResource.sq.resx", "SharedResource.sr-Latn.resx" })
        {
            var keys = Keys(file);
            var missing = codes.Where(k => !keys.ContainsKey(k)).ToList();
            Assert.True(missing.Count == 0, $"Missing in {file}: " + string.Join(", ", missing));
        }

        Assert.True(templates.Count > 40, "the message catalogue was not found");
    }

    [Fact]
    public void ChartAndRecordCodes_ShownInTheUi_AreTranslated()
    {
        var keys = Keys("SharedResource.sq.resx");
        var enums = new[] { typeof(Domain.Parties.OrganisationKind), typeof(Domain.Parties.CommunicationKind), typeof(Application.Reports.Iafq.IafqArmType) };

        var missing = enums.SelectMany(e => Enum.GetNames(e).Select(n => $"{e.Name}_{n}"))
            .Concat(Enum.GetNames<Application.Reports.Iafq.Recovery>().Select(n => $"Iafq_Recovery_{n}"))
            .Where(k => !keys.ContainsKey(k)).ToList();

        Assert.True(missing.Count == 0, "Missing in SharedResource.sq.resx: " + string.Join(", ", missing));
    }

    private static Dictionary<string, string> Keys(string file) =>
        XDocument.Load(Path.Combine(Folder, file)).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "");

    [GeneratedRegex(@"L\[""([A-Za-z_]+)""\]")]
    private static partial Regex UsedKey();
}
