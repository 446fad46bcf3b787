namespace FocalPoint.Web.Security;

/// <summary>
/// The purpose a user last gave in this session (one circuit): the next consultation takes it without asking again
/// (<see cref="Components.Shared.PurposePrompt"/>), so that an analyst working one task states it once, while every
/// consultation still records it. "Change" forgets it and asks anew. It also keeps the last person search of the
/// session, so that Back from a result shows the same list: names never go into the address (issue 10).
/// </summary>
internal sealed class PurposeMemory
{
    public const int MaxLength = 200;

    public string? Last { get; private set; }

    public void Remember(string purpose) => Last = purpose.Trim();

    public void Forget() => Last = null;

    /// <summary>The last person search of this session (criteria and page), restored when the search page opens again.</summary>
    public FocalPoint.Application.Registry.Persons.PersonSearch? LastPersonSearch { get; set; }
}
