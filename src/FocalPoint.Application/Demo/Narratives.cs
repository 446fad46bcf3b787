using FocalPoint.Domain.Incidents;

namespace FocalPoint.Application.Demo;

/// <summary>Short templated narratives; they name places, never people.</summary>
internal static class Narratives
{
    public static string For(IncidentKind kind, string place, int guns, int rounds, Random rng, bool atCrossing = false)
    {
        var what = guns switch
        {
            0 when rounds > 0 => $"{rounds} rounds of ammunition",
            0 => "explosive items",
            1 => rounds > 0 ? $"one firearm and {rounds} rounds" : "one firearm",
            _ => rounds > 0 ? $"{guns} firearms and {rounds} rounds" : $"{guns} firearms",
        };
        return kind switch
        {
            IncidentKind.Seizure when atCrossing => rng.Next(3) switch
            {
                0 => $"During a vehicle check at the {place} crossing point, officers seized {what}. The driver had no weapon permit.",
                1 => $"A search of a bus at the {place} crossing point found {what} in the luggage. Case handed to the prosecutor.",
                _ => $"Following a risk profile, border officers at {place} seized {what} concealed in a vehicle.",
            },
            IncidentKind.Seizure => rng.Next(3) switch
            {
                0 => $"During a house search in {place}, officers seized {what}. The suspect had no weapon permit.",
                1 => $"A vehicle check in {place} found {what} hidden in the boot. Case handed to the prosecutor.",
                _ => $"Following information received, police in {place} seized {what}.",
            },
            IncidentKind.Found => $"Citizens reported {what} found in {place}; the items were secured and handed to the forensic agency.",
            IncidentKind.VoluntarySurrender => $"{Capital(what)} voluntarily surrendered at the police station in {place} under Law No. 05/L-134.",
            IncidentKind.ShootingOrMisuse => $"Shots were fired in {place} after a dispute; {what} recovered at the scene.",
            IncidentKind.CelebratoryShooting => $"Celebratory shooting reported in {place}; {what} confiscated.",
            IncidentKind.DomesticViolence => $"Domestic violence report in {place}: a firearm was used to threaten a family member; {what} confiscated.",
            IncidentKind.ThreatWithWeapon => $"A person in {place} was threatened with a weapon; {what} confiscated.",
            IncidentKind.TheftOrLoss => $"The owner reported {what} stolen from a residence in {place}.",
            IncidentKind.Accident => $"Accidental discharge in {place}; one person injured. {Capital(what)} secured.",
            IncidentKind.Suicide => $"Death by suicide with a firearm in {place}; {what} secured for examination.",
            IncidentKind.CrossingPointDetection => $"Control at the {place} crossing point found {what} concealed in a vehicle.",
            _ => $"Attempt to move {what} across the border near {place} was stopped.",
        };
    }

    private static string Capital(string value) => string.Concat(char.ToUpperInvariant(value[0]).ToString(), value.AsSpan(1));
}
