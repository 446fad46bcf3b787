using System.Text.RegularExpressions;
using FocalPoint.Application.Common;
using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Domain.Sharing;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Sharing.Partners;

public sealed class PartnerInput
{
    public string? Code { get; set; }
    public string? Name { get; set; }
    public string? CountryCode { get; set; }
    public string? ContactPoint { get; set; }
    public string? Languages { get; set; }
    public string? Channels { get; set; }
    public bool PersonsAllowed { get; set; }
    public string? NeverSend { get; set; }
}

/// <summary>Registers a partner organisation (its keys come with <see cref="AddPartnerKey"/>, after the fingerprint was compared).</summary>
public sealed partial class SavePartner(FocalPointDbContext db, IAccessContext accessContext)
{
    public async Task<CommandResult<long>> HandleAsync(PartnerInput input, CancellationToken cancellationToken = default)
    {
        if (!(await accessContext.GetAsync(cancellationToken)).Holds(Capabilities.SharingSend))
        {
            return CommandResult<long>.Missing();
        }

        var errors = new ValidationErrors();
        var code = input.Code?.Trim() ?? "";
        if (!CodePattern().IsMatch(code))
        {
            errors.Add("Code", SharingMessages.PartnerCode);
        }
        else if (await db.SharingPartners.AnyAsync(p => p.Code == code, cancellationToken))
        {
            errors.Add("Code", SharingMessages.PartnerExists, code);
        }

        if (string.IsNullOrWhiteSpace(input.Name))
        {
            errors.Add("Name", Messages.Required);
        }

        var country = input.CountryCode?.Trim().ToUpperInvariant() ?? "";
        if (country.Length != 2 || !await db.Countries.AnyAsync(c => c.Code == country, cancellationToken))
        {
            errors.Add("CountryCode", Messages.UnknownCountry, "ISO 3166-1 alpha-2");
        }

        TextRules.Check(errors, "Name", input.Name, SharingPartner.MaxNameLength);
        TextRules.Check(errors, "ContactPoint", input.ContactPoint, SharingPartner.MaxContactLength);
        TextRules.Check(errors, "Languages", input.Languages, SharingPartner.MaxListLength);
        TextRules.Check(errors, "Channels", input.Channels, SharingPartner.MaxListLength);
        TextRules.Check(errors, "NeverSend", input.NeverSend, SharingPartner.MaxListLength);
        if (!errors.IsEmpty)
        {
            return CommandResult<long>.Invalid(errors);
        }

        var partner = new SharingPartner
        {
            Code = code, Name = input.Name!.Trim(), CountryCode = country, ContactPoint = input.ContactPoint?.Trim(),
            Languages = List(input.Languages), Channels = List(input.Channels), PersonsAllowed = input.PersonsAllowed, NeverSend = List(input.NeverSend),
        };
        db.SharingPartners.Add(partner);
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult<long>.Ok(partner.Id);
    }

    private static string List(string? text) =>
        string.Join(',', (text ?? "").Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal));

    [GeneratedRegex("^[A-Z0-9][A-Z0-9-]{1,31}$")]
    private static partial Regex CodePattern();
}
