using System.Text.Json;
using EngagementBot.Dialogs.Parsing;
using EngagementBot.Domain.Turns;

namespace EngagementBot.Dialogs.Engine;

/// <summary>Words that work at every step, whatever the question. SOS comes before everything else.</summary>
public enum GlobalCommand
{
    None,
    Sos,
    Cancel,
    Help,
    Back,
    Skip,
}

/// <summary>
/// Recognises global commands in a whole typed message (case and punctuation ignored) or in a
/// card's <c>{"command": "sos|cancel|help|back|skip"}</c>. "help" alone asks about the current
/// question; "help me", "I need help" and "SOS" raise the alarm. From an Action.Execute press only SOS
/// is recognised (verb <c>sos</c>, or <c>{"command": "sos"}</c> in its data): the dialogs answer no
/// other invoke.
/// </summary>
public static class GlobalCommands
{
    private static readonly Dictionary<string, GlobalCommand> Phrases = Build(
        (GlobalCommand.Sos, ["sos", "i need help", "need help", "help me", "i need help now", "help me now", "help me please", "please help", "please help me", "emergency", "im in danger", "i am in danger"]),
        (GlobalCommand.Cancel, ["cancel", "stop", "quit", "exit", "abort", "cancel that", "cancel this", "never mind", "nevermind", "forget it"]),
        (GlobalCommand.Help, ["help", "help please", "what do you mean", "i dont understand", "dont understand", "explain", "what"]),
        (GlobalCommand.Back, ["back", "go back", "previous", "previous question", "undo"]),
        (GlobalCommand.Skip, ["skip", "skip it", "skip this", "skip this one", "skip question", "pass"]));

    /// <summary>Every phrase, normalised; definitions may not use them as triggers.</summary>
    public static IReadOnlyCollection<string> ReservedPhrases => Phrases.Keys;

    public static GlobalCommand Recognize(TurnInput input) => input.Kind switch
    {
        TurnKind.Message => FromText(input.Text),
        TurnKind.CardSubmit => FromCommand(CommandOf(input.Value)),
        TurnKind.CardAction when FromCommand(input.Text) == GlobalCommand.Sos || FromCommand(CommandOf(input.Value)) == GlobalCommand.Sos => GlobalCommand.Sos,
        _ => GlobalCommand.None,
    };

    public static GlobalCommand FromText(string? text)
    {
        var normalized = TextNormalizer.ForMatching(text);
        if (Phrases.TryGetValue(normalized, out var command))
        {
            return command;
        }

        return normalized.StartsWith("sos ", StringComparison.Ordinal) ? GlobalCommand.Sos : GlobalCommand.None;
    }

    public static GlobalCommand FromCommand(string? command) => command?.ToLowerInvariant() switch
    {
        "sos" => GlobalCommand.Sos,
        "cancel" => GlobalCommand.Cancel,
        "help" => GlobalCommand.Help,
        "back" => GlobalCommand.Back,
        "skip" => GlobalCommand.Skip,
        _ => GlobalCommand.None,
    };

    /// <summary>The <c>command</c> string of a card submit's data, if any.</summary>
    public static string? CommandOf(JsonElement? value) =>
        value is { ValueKind: JsonValueKind.Object } obj && obj.TryGetProperty("command", out var command) && command.ValueKind == JsonValueKind.String
            ? command.GetString()
            : null;

    private static Dictionary<string, GlobalCommand> Build(params (GlobalCommand Command, string[] Phrases)[] groups) =>
        groups.SelectMany(g => g.Phrases.Select(p => (Phrase: p, g.Command))).ToDictionary(x => x.Phrase, x => x.Command, StringComparer.Ordinal);
}
