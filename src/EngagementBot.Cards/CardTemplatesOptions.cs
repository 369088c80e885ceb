namespace EngagementBot.Cards;

/// <summary>Options of <see cref="CardTemplates"/>, bound from the <c>Cards</c> configuration section.</summary>
public sealed record CardTemplatesOptions
{
    public const string SectionName = "Cards";

    /// <summary>
    /// <c>Cards:Path</c>: the folder holding the card templates (<c>&lt;id&gt;.json</c>). Relative paths
    /// are taken from the content root. Unset: the first <c>cards</c> folder found walking up from
    /// the content root, then from the application's base directory.
    /// </summary>
    public string? Path { get; set; }
}
