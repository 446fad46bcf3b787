namespace FocalPoint.Application.Sharing;

/// <summary>Section "Sharing": who we are to partners and the limits of what we accept.</summary>
public sealed class SharingOptions
{
    /// <summary>Our code in payloads and record references (partners register us under it).</summary>
    public string OwnCode { get; set; } = "XK-FFP";

    public int MaxPackageBytes { get; set; } = Packages.PackageFormat.DefaultMaxBytes;

    public int ExpiryDays { get; set; } = 30;

    /// <summary>A received identifier that matches more of our records than this is not correlated (it is too common to mean anything).</summary>
    public int FanOutCap { get; set; } = 5;
}
