using FocalPoint.Application.Demo.Names;
using FocalPoint.Domain.Parties;

namespace FocalPoint.Application.Demo;

/// <summary>
/// Keeps the pool of synthetic humans (compact structs) and writes a new <see cref="Person"/> record each time
/// one of them appears in an incident, with the spelling variants real records carry. The ground truth of who
/// is who goes to <see cref="DemoBatch.PersonTruths"/>.
/// </summary>
internal sealed class PersonFactory(DemoContext ctx)
{
    private static readonly string[] Nationalities = ["XK", "AL", "RS", "MK", "ME", "TR", "DE", "CH"];
    private static readonly DateOnly Epoch = new(1950, 1, 1);

    private readonly NameBook names = new();
    private readonly List<Identity> pool = [];

    public int IdentityCount => pool.Count;

    /// <summary>A new human: Serbian names where <paramref name="serbian"/>, mostly male for suspects.</summary>
    public int NewIdentity(bool serbian, bool female, int bornFrom = 1955, int bornTo = 2004)
    {
        var rng = ctx.Random;
        var year = bornFrom + (int)((bornTo - bornFrom) * Math.Pow(rng.NextDouble(), 1.3));
        var dob = new DateOnly(year, 1 + rng.Next(12), 1 + rng.Next(28));
        var nationality = serbian ? (rng.Next(10) < 7 ? 0 : 2) : Nationality(rng.Next(100));
        pool.Add(new Identity(
            (short)rng.Next(names.Given(serbian, female).Length),
            (short)rng.Next(names.Family(serbian).Length),
            (short)rng.Next(names.Given(serbian, female: false).Length),
            female,
            serbian,
            dob.DayNumber - Epoch.DayNumber,
            (byte)nationality));
        return pool.Count - 1;
    }

    /// <summary>A human seen before (a repeat appearance), mostly among the recently added ones.</summary>
    public int ExistingIdentity(bool female)
    {
        var rng = ctx.Random;
        for (var attempt = 0; attempt < 8; attempt++)
        {
            var recent = Math.Min(pool.Count, 3000);
            var index = rng.Next(2) == 0 ? pool.Count - 1 - rng.Next(recent) : rng.Next(pool.Count);
            if (pool[index].Female == female)
            {
                return index;
            }
        }

        return pool.Count - 1;
    }

    public bool HasIdentities => pool.Count > 0;

    /// <summary>Writes one record of identity <paramref name="index"/> into the batch and returns its id.</summary>
    public long Record(int index, DateTime occurredUtc)
    {
        var rng = ctx.Random;
        var identity = pool[index];
        var first = identity.Appearances == 0;
        identity.Appearances++;
        pool[index] = identity;

        var given = names.Given(identity.Serbian, identity.Female)[identity.Given];
        var family = names.Family(identity.Serbian)[identity.Family];
        var father = names.Given(identity.Serbian, female: false)[identity.Father];
        var person = new Person
        {
            Sex = rng.Next(100) < 3 ? Sex.NotRecorded : identity.Female ? Sex.Female : Sex.Male,
            Nationality = rng.Next(100) < 10 ? null : Nationalities[identity.Nationality],
            DateOfBirth = Epoch.AddDays(identity.DobOffset),
            PersonalNumber = DemoPersonalNumbers.Create(index % 10_000_000),
            FatherName = rng.Next(2) == 0 ? father.Canonical : null,
        };

        var form = first ? FirstForm(identity.Serbian) : VariantForm(identity.Serbian);
        var typedCyrillic = rng.Next(100) < 25;
        person.GivenName = Spell(given, form, typedCyrillic);
        person.FamilyName = Spell(family, form, typedCyrillic);
        if (form == Form.Cyrillic || identity.Serbian && rng.Next(100) < 25)
        {
            person.OriginalScriptName = $"{given.Cyrillic} {family.Cyrillic}";
        }

        if (!first)
        {
            Vary(person);
        }

        if (rng.Next(100) < (first ? 20 : 40))
        {
            person.PersonalNumber = null;
        }

        if (rng.Next(100) < (first ? 4 : 12))
        {
            person.DateOfBirth = null;
        }

        var id = ++ctx.Ids.Person;
        ctx.Batch.Persons.Add(ctx.Stamp(person, id, occurredUtc));
        ctx.Batch.PersonTruths.Add(new PersonTruth(id, index + 1L));
        return id;
    }

    private void Vary(Person person)
    {
        var rng = ctx.Random;
        if (rng.Next(100) < 6)
        {
            (person.GivenName, person.FamilyName) = (person.FamilyName, person.GivenName);
        }

        if (rng.Next(100) < 9)
        {
            if (rng.Next(2) == 0)
            {
                person.FamilyName = Typos.OneEdit(person.FamilyName, rng);
            }
            else
            {
                person.GivenName = Typos.OneEdit(person.GivenName, rng);
            }
        }

        if (person.DateOfBirth is { } dob && rng.Next(100) < 9)
        {
            person.DateOfBirth = Typos.WrongDate(dob, rng);
        }
    }

    private Form FirstForm(bool serbian) => ctx.Random.Next(100) switch
    {
        < 85 => Form.Canonical,
        < 95 => Form.Ascii,
        _ => serbian ? Form.Cyrillic : Form.OtherLanguage,
    };

    private Form VariantForm(bool serbian) => ctx.Random.Next(100) switch
    {
        < 45 => Form.Canonical,
        < 70 => Form.Ascii,
        < 83 => Form.OtherLanguage,
        < 92 => Form.Cyrillic,
        _ => serbian ? Form.Ascii : Form.Diaspora,
    };

    private static string Spell(NameForms name, Form form, bool typedCyrillic) => form switch
    {
        Form.Ascii => name.Ascii,
        Form.OtherLanguage => name.OtherLanguage,
        Form.Diaspora => name.Diaspora,

        // A record copied from a Serbian document keeps the Latin transliteration in the name fields, except now
        // and then when the clerk typed the Cyrillic straight in.
        Form.Cyrillic => typedCyrillic ? name.Cyrillic : name.SerbianLatin,
        _ => name.Canonical,
    };

    private static int Nationality(int roll) => roll switch
    {
        < 90 => 0,
        < 94 => 1,
        < 96 => 3,
        < 97 => 4,
        < 98 => 5,
        < 99 => 6,
        _ => 7,
    };

    private enum Form
    {
        Canonical,
        Ascii,
        OtherLanguage,
        Cyrillic,
        Diaspora,
    }

    /// <summary>About 20 bytes per human, so a million of them fit easily.</summary>
    private record struct Identity(short Given, short Family, short Father, bool Female, bool Serbian, int DobOffset, byte Nationality)
    {
        public int Appearances { get; set; }
    }
}
