namespace FocalPoint.Web.Security;

/// <summary>
/// The purpose a user last gave in this session (one circuit), offered again at the next consultation so that an
/// analyst working one case states it once, while every consultation still records it.
/// </summary>
internal sealed class PurposeMemory
{
    public const int MaxLength = 200;

    public string? Last { get; private set; }

    public void Remember(string purpose) => Last = purpose.Trim();
}
