using EngagementBot.Dialogs.Engine;
using EngagementBot.Dialogs.Parsing;

namespace EngagementBot.Dialogs.Definitions;

/// <summary>
/// Checks the definitions together: unique ids, no trigger claimed twice or shadowing a global
/// command, child dialogs that exist, and no dialog that (indirectly) begins itself.
/// </summary>
internal static class CatalogValidator
{
    /// <summary>Commands the card templates use for answers (choice buttons, form submits).</summary>
    private static readonly HashSet<string> AnswerCommands = new(StringComparer.OrdinalIgnoreCase) { "choice", "submit" };

    public static void Validate(IReadOnlyList<LoadedDialog> dialogs, List<string> problems)
    {
        var byId = new Dictionary<string, LoadedDialog>(StringComparer.Ordinal);
        foreach (var dialog in dialogs)
        {
            if (!byId.TryAdd(dialog.Id, dialog))
            {
                problems.Add($"{dialog.Source}: dialog id '{dialog.Id}' is also used by {byId[dialog.Id].Source}");
            }
        }

        ValidateTriggers(dialogs, problems);
        foreach (var dialog in dialogs)
        {
            foreach (var step in dialog.Definition.Steps.Where(s => s.Kind == StepKind.BeginDialog))
            {
                if (!byId.ContainsKey(step.Dialog!))
                {
                    problems.Add($"{dialog.Source}: step '{step.Id}' begins dialog '{step.Dialog}', which is not defined");
                }
            }
        }

        if (problems.Count == 0)
        {
            foreach (var dialog in dialogs)
            {
                if (BeginsItself(dialog.Id, dialog.Id, byId, []))
                {
                    problems.Add($"{dialog.Source}: dialog '{dialog.Id}' begins itself through its child dialogs");
                }
            }
        }
    }

    private static void ValidateTriggers(IReadOnlyList<LoadedDialog> dialogs, List<string> problems)
    {
        var utterances = new Dictionary<string, LoadedDialog>(StringComparer.Ordinal);
        var commands = new Dictionary<string, LoadedDialog>(StringComparer.OrdinalIgnoreCase);
        var reserved = GlobalCommands.ReservedPhrases.ToHashSet(StringComparer.Ordinal);
        foreach (var dialog in dialogs)
        {
            foreach (var utterance in dialog.Definition.Triggers.Utterances)
            {
                var normalized = TextNormalizer.ForMatching(utterance);
                if (normalized.Length == 0 || reserved.Contains(normalized))
                {
                    problems.Add($"{dialog.Source}: trigger '{utterance}' is empty or a global command (help, cancel, back, skip, SOS)");
                }
                else if (!utterances.TryAdd(normalized, dialog) && utterances[normalized] != dialog)
                {
                    problems.Add($"{dialog.Source}: trigger '{utterance}' is also a trigger of {utterances[normalized].Source}");
                }
            }

            foreach (var command in dialog.Definition.Triggers.Commands)
            {
                if (string.IsNullOrWhiteSpace(command) || GlobalCommands.FromCommand(command) != GlobalCommand.None || AnswerCommands.Contains(command))
                {
                    problems.Add($"{dialog.Source}: command '{command}' is empty, a global command or one that answers cards ({string.Join(", ", AnswerCommands)})");
                }
                else if (!commands.TryAdd(command, dialog) && commands[command] != dialog)
                {
                    problems.Add($"{dialog.Source}: command '{command}' is also a command of {commands[command].Source}");
                }
            }
        }
    }

    private static bool BeginsItself(string start, string current, Dictionary<string, LoadedDialog> byId, HashSet<string> visited)
    {
        if (!visited.Add(current))
        {
            return false;
        }

        foreach (var child in byId[current].Definition.Steps.Where(s => s.Kind == StepKind.BeginDialog).Select(s => s.Dialog!))
        {
            if (child == start || BeginsItself(start, child, byId, visited))
            {
                return true;
            }
        }

        return false;
    }
}
