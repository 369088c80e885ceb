namespace EngagementBot.Guidance.Risk;

/// <summary>
/// An answer to a pack question as the dialog engine hands it over: a yes/no question as a boolean or as
/// "yes"/"no", a choice question as the chosen option id. Write either form directly
/// (<c>["late-in-day"] = true</c>, <c>["triggers"] = "mental-health"</c>).
/// </summary>
public sealed record PackAnswer
{
    public const string Yes = "yes";
    public const string No = "no";

    private PackAnswer(string value) => Value = value;

    /// <summary>"yes"/"no" for a boolean; otherwise the text as given, trimmed.</summary>
    public string Value { get; }

    public static PackAnswer FromBoolean(bool value) => new(value ? Yes : No);

    public static PackAnswer FromString(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new(value.Trim());
    }

    public static implicit operator PackAnswer(bool value) => FromBoolean(value);

    public static implicit operator PackAnswer(string value) => FromString(value);
}
