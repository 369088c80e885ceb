using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace EngagementBot.Dialogs.State;

/// <summary>
/// Everything the engine remembers about one user in one conversation between turns: the dialog
/// stack (root first, the active dialog last) and an offer to start a dialog awaiting yes/no.
/// </summary>
internal sealed record DialogState
{
    public static DialogState Empty { get; } = new();

    public ImmutableList<DialogFrame> Stack { get; init; } = [];

    public PendingStart? Pending { get; init; }

    [JsonIgnore]
    public DialogFrame? Top => Stack.IsEmpty ? null : Stack[^1];

    [JsonIgnore]
    public bool IsActive => !Stack.IsEmpty;
}

/// <summary>"Start <see cref="DialogId"/>? (yes/no)" was asked and awaits the answer.</summary>
internal sealed record PendingStart(string DialogId);
