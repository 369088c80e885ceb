using EngagementBot.Dialogs.Parsing;

namespace EngagementBot.Dialogs.Definitions;

/// <summary>The loaded, validated definitions, found by id, by typed trigger or by card command.</summary>
public sealed class DialogCatalog
{
    private readonly Dictionary<string, LoadedDialog> _byId;
    private readonly Dictionary<string, LoadedDialog> _byUtterance;
    private readonly Dictionary<string, LoadedDialog> _byCommand;

    public DialogCatalog(IEnumerable<LoadedDialog> dialogs)
    {
        _byId = dialogs.ToDictionary(d => d.Id, StringComparer.Ordinal);
        _byUtterance = new Dictionary<string, LoadedDialog>(StringComparer.Ordinal);
        _byCommand = new Dictionary<string, LoadedDialog>(StringComparer.OrdinalIgnoreCase);
        foreach (var dialog in _byId.Values)
        {
            foreach (var utterance in dialog.Definition.Triggers.Utterances)
            {
                _byUtterance.TryAdd(TextNormalizer.ForMatching(utterance), dialog);
            }

            foreach (var command in dialog.Definition.Triggers.Commands)
            {
                _byCommand.TryAdd(command, dialog);
            }
        }
    }

    public IReadOnlyCollection<LoadedDialog> Dialogs => _byId.Values;

    public LoadedDialog? Find(string id) => _byId.GetValueOrDefault(id);

    public LoadedDialog Get(string id) => Find(id) ?? throw new InvalidOperationException($"dialog '{id}' is not loaded");

    /// <summary>The dialog a typed message starts: the whole message must be one of its utterances (case and punctuation ignored).</summary>
    public LoadedDialog? FindByUtterance(string? text) => _byUtterance.GetValueOrDefault(TextNormalizer.ForMatching(text));

    /// <summary>The dialog a card command starts (case ignored).</summary>
    public LoadedDialog? FindByCommand(string? command) => command is null ? null : _byCommand.GetValueOrDefault(command);
}
