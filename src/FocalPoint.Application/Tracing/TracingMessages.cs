using FocalPoint.Application.Common;

namespace FocalPoint.Application.Tracing;

/// <summary>Messages of tracing and the lost-and-stolen register; rows "Msg_{Code}" in tools/strings.tsv.</summary>
public static class TracingMessages
{
    public static readonly MessageTemplate SerialNeeded = new("TraceSerialNeeded",
        "This firearm has no readable serial. Complete the serial on the incident, or send the trace as \"obliterated serial\" with the marks that remain (at least {0} characters).");
    public static readonly MessageTemplate MakeNeeded = new("TraceMakeNeeded", "A trace names at least the make: complete it on the incident first.");
    public static readonly MessageTemplate CountryNeeded = new("TraceCountryNeeded", "This channel asks a country: choose one.");
    public static readonly MessageTemplate LiaisonChannel = new("TraceLiaisonChannel", "{0} is used by the liaison officer: save the draft, the liaison officer sends it.");
    public static readonly MessageTemplate NotInState = new("TraceNotInState", "This request is {0}: it cannot be {1}.");
    public static readonly MessageTemplate AnswerClosed = new("TraceAnswerClosed", "This request is {0}: an answer can no longer be recorded. Open a new request if the partner answered after closing.");
    public static readonly MessageTemplate AnswerDate = new("TraceAnswerDate", "The answer cannot come before the request was sent ({0}) or after today.");
    public static readonly MessageTemplate SaleDate = new("TraceSaleDate", "The first retail sale must be before the recovery ({0}).");
    public static readonly MessageTemplate DiversionCountry = new("TraceDiversionCountry", "Give the country where the firearm left legal control.");
    public static readonly MessageTemplate ReasonNeeded = new("TraceReasonNeeded", "Say why (at most {0} characters).");
    public static readonly MessageTemplate SerialToSearch = new("StolenSerialToSearch", "Type a serial of 3 to 60 letters or digits; ? stands for an unreadable character.");
    public static readonly MessageTemplate HitDecided = new("StolenHitDecided", "This hit is already {0}.");
    public static readonly MessageTemplate IncomingSerial = new("TraceIncomingSerial", "Give the serial the partner asks about, or the marks that remain.");
    public static readonly MessageTemplate IncomingPartner = new("TraceIncomingPartner", "Give the partner country and its reference.");
}
