using FocalPoint.Domain.Parties;

namespace FocalPoint.Application.Demo;

/// <summary>A few synthetic arms dealers, security companies and a shooting club, written with the first incident that needs one.</summary>
internal sealed class OrganisationFactory(DemoContext ctx)
{
    private static readonly (string Name, OrganisationKind Kind)[] Fixed =
    [
        ("Armë Sport sh.p.k.", OrganisationKind.ArmsDealer),
        ("Gjuetari Dardan sh.p.k.", OrganisationKind.ArmsDealer),
        ("Balkan Hunt & Sport sh.p.k.", OrganisationKind.ArmsDealer),
        ("Siguria Plus sh.p.k.", OrganisationKind.SecurityCompany),
        ("Roja Security sh.p.k.", OrganisationKind.SecurityCompany),
        ("Mbrojtja Profesionale sh.p.k.", OrganisationKind.SecurityCompany),
        ("Klubi i Qitjes Shqiponja", OrganisationKind.ShootingClub),
        ("Transport Kufiri sh.p.k.", OrganisationKind.Company),
    ];

    private long[] ids = [];

    public long SecurityCompany() => Ensure()[3 + ctx.Random.Next(3)];

    public long ArmsDealer() => Ensure()[ctx.Random.Next(3)];

    private long[] Ensure()
    {
        if (ids.Length == 0)
        {
            var created = new DateTime(2017, 12, 1, 9, 0, 0, DateTimeKind.Utc);
            ids = [.. Fixed.Select((o, i) =>
            {
                var organisation = new Organisation { Name = o.Name, Kind = o.Kind, Country = "XK", RegistrationNumber = $"99{810_000 + i * 137:D7}" };
                ctx.Batch.Organisations.Add(ctx.Stamp(organisation, ++ctx.Ids.Organisation, created));
                return organisation.Id;
            })];
        }

        return ids;
    }
}
