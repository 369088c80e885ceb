namespace EngagementBot.Dialogs.Ports;

/// <summary>The registered <see cref="IDialogAction"/>s by name; two with one name is a start-up error.</summary>
public sealed class DialogActionRegistry
{
    private readonly Dictionary<string, IDialogAction> _actions;

    public DialogActionRegistry(IEnumerable<IDialogAction> actions)
    {
        _actions = new Dictionary<string, IDialogAction>(StringComparer.Ordinal);
        foreach (var action in actions)
        {
            if (!_actions.TryAdd(action.Name, action))
            {
                throw new InvalidOperationException($"two dialog actions are named '{action.Name}'");
            }
        }
    }

    public IReadOnlyCollection<string> Names => _actions.Keys;

    public IDialogAction? Find(string name) => _actions.GetValueOrDefault(name);
}
