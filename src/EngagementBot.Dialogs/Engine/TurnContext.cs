using EngagementBot.Dialogs.State;
using EngagementBot.Domain.Turns;

namespace EngagementBot.Dialogs.Engine;

/// <summary>
/// One turn in progress: the input, the state as it is being changed, and the replies so far.
/// Short notes ("Got it: Tuesday 25 November, 10:00.") are joined to the next text reply, so a
/// turn usually answers with one message.
/// </summary>
internal sealed class TurnContext(TurnInput input, DialogState state, CancellationToken cancellation)
{
    private readonly List<BotReply> _replies = [];
    private readonly List<string> _notes = [];

    public TurnInput Input { get; } = input;

    public DialogState State { get; set; } = state;

    public CancellationToken Cancellation { get; } = cancellation;

    public DialogFrame Top => State.Top ?? throw new InvalidOperationException("no active dialog");

    public IReadOnlyList<BotReply> Replies
    {
        get
        {
            FlushNotes();
            return _replies;
        }
    }

    public void ReplaceTop(DialogFrame frame) => State = State with { Stack = State.Stack.SetItem(State.Stack.Count - 1, frame) };

    public void Push(DialogFrame frame) => State = State with { Stack = State.Stack.Add(frame) };

    public DialogFrame Pop()
    {
        var top = Top;
        State = State with { Stack = State.Stack.RemoveAt(State.Stack.Count - 1) };
        return top;
    }

    /// <summary>A short note said before the next message.</summary>
    public void Note(string text) => _notes.Add(text);

    public void Say(string text)
    {
        _notes.Add(text);
        _replies.Add(BotReply.FromText(string.Join("\n\n", _notes)));
        _notes.Clear();
    }

    public void SayCard(string cardJson)
    {
        FlushNotes();
        _replies.Add(BotReply.FromCard(cardJson));
    }

    public void Add(IEnumerable<BotReply> replies)
    {
        FlushNotes();
        _replies.AddRange(replies);
    }

    private void FlushNotes()
    {
        if (_notes.Count > 0)
        {
            _replies.Add(BotReply.FromText(string.Join("\n\n", _notes)));
            _notes.Clear();
        }
    }
}
