using System.Text.RegularExpressions;

namespace EngagementBot.Dialogs.Templating;

/// <summary>
/// Text with placeholders naming answers: <c>{stepId}</c> or <c>{stepId.field}</c>. Used by prompts,
/// summary facts and notes; the value shown is the answer as the user would read it.
/// </summary>
public static partial class AnswerTemplate
{
    [GeneratedRegex(@"\{(?<path>[A-Za-z][A-Za-z0-9_-]*(?:\.[A-Za-z0-9_-]+)*)\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();

    /// <summary>The answer paths a template names.</summary>
    public static IEnumerable<string> Paths(string? template) =>
        template is null ? [] : Placeholder().Matches(template).Select(m => m.Groups["path"].Value);

    /// <summary>Replaces each placeholder with <paramref name="display"/>(path), or "" when it gives null.</summary>
    public static string Render(string template, Func<string, string?> display) =>
        Placeholder().Replace(template, m => display(m.Groups["path"].Value) ?? "");
}
