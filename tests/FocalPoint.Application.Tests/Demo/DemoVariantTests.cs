using FocalPoint.Application.Demo;
using FocalPoint.Domain.Items;

namespace FocalPoint.Application.Tests.Demo;

public class DemoVariantTests(DemoDataFixture data) : IClassFixture<DemoDataFixture>
{
    [Fact]
    public void Generate_RepeatedPersons_CarrySpellingVariantsAndTruth()
    {
        var persons = data.All(b => b.Persons).ToDictionary(p => p.Id);
        var truth = data.All(b => b.PersonTruths).ToList();

        Assert.Equal(persons.Count, truth.Count);
        var byIdentity = truth.GroupBy(t => t.IdentityId).Where(g => g.Count() > 1).ToList();
        Assert.True(byIdentity.Count > 500, $"only {byIdentity.Count} identities recorded more than once");
        var spellings = byIdentity.Count(g => g.Select(t => persons[t.PersonId].FamilyName).Distinct(StringComparer.Ordinal).Count() > 1);
        Assert.True(spellings > 200, $"only {spellings} identities with differing family names");
        Assert.Contains(persons.Values, p => p.OriginalScriptName is not null);
        Assert.Contains(persons.Values, p => p.FamilyName.Contains('ć', StringComparison.Ordinal));
        Assert.Contains(persons.Values, p => p.FamilyName is "Krasnici" or "Krasniki" or "Krasnići");
        Assert.Contains(persons.Values, p => p.DateOfBirth is null);
    }

    [Fact]
    public void Generate_PersonalNumbers_AreAllSynthetic()
    {
        var numbers = data.All(b => b.Persons).Select(p => p.PersonalNumber).Where(n => n is not null).ToList();

        Assert.NotEmpty(numbers);
        Assert.All(numbers, n => Assert.True(DemoPersonalNumbers.IsSynthetic(n), n));
    }

    [Fact]
    public void Generate_StolenThenSeizedFirearm_IsRecordedTwiceWithALookAlikeSerial()
    {
        var firearms = data.All(b => b.Firearms).ToDictionary(f => f.Id);
        var twice = data.All(b => b.FirearmTruths).GroupBy(t => t.PhysicalFirearmId).Where(g => g.Count() > 1).ToList();

        Assert.Equal(firearms.Count, data.All(b => b.FirearmTruths).Count());
        Assert.NotEmpty(twice);
        Assert.Contains(twice, g => g.Select(t => firearms[t.FirearmId].SerialNormalised).Distinct(StringComparer.Ordinal).Count() > 1);
        Assert.All(firearms.Values, f => Assert.Equal(SerialNumber.Normalise(f.SerialAsWritten), f.SerialNormalised));
        Assert.Contains(firearms.Values, f => f.IsConvertedFromBlankOrAlarm && f.CountryOfManufacture == "TR");
        Assert.Contains(firearms.Values, f => f.SerialAsWritten is null);
    }

    [Fact]
    public void Generate_Networks_LinkSuspectsToSharedVehiclesAndPhones()
    {
        var links = data.All(b => b.Links).ToList();

        Assert.Contains(links, l => l.Type == Domain.Links.LinkType.Associate);
        Assert.Contains(links, l => l.ToKind == Domain.Links.EntityKind.Vehicle);
        var phoneUsers = links.Where(l => l.ToKind == Domain.Links.EntityKind.CommunicationIdentifier).GroupBy(l => l.ToId);
        Assert.Contains(phoneUsers, g => g.Select(l => l.FromId).Distinct().Count() > 1);
        Assert.Contains(data.All(b => b.TraceResults), r => r.PointOfDiversionEstablished);
    }
}
