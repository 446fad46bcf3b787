namespace FocalPoint.Web.Localisation;

/// <summary>Anchor type for the UI strings in Resources/SharedResource*.resx.</summary>
public sealed class SharedResource;
