namespace EngagementBot.Dialogs.Composition;

/// <summary>Settings of the <c>Dialogs</c> configuration section.</summary>
public sealed class DialogOptions
{
    public const string SectionName = "Dialogs";

    /// <summary>The folder of definitions; default: a <c>dialogs</c> folder found by walking up from the app's base directory.</summary>
    public string? Path { get; set; }

    /// <summary>IANA (or Windows) id of the zone dates and times are read and shown in.</summary>
    public string TimeZone { get; set; } = "Europe/London";

    /// <summary>
    /// What a case reference must look like (matched after trimming and upper-casing). The default
    /// takes "SC-0017" and "SC-0017-3" (the suffix may run to six digits: the load generator counts it up).
    /// </summary>
    public string CaseReferencePattern { get; set; } = @"^[A-Z]{1,3}-\d{3,6}(-\d{1,6})?$";

    /// <summary>A reference shown to users as an example of the pattern.</summary>
    public string CaseReferenceExample { get; set; } = "SC-0017-3";
}
