using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using EngagementBot.Domain.Turns;

namespace EngagementBot.Testing.Transcripts;

/// <summary>
/// A conversation written as "user says / bot replies", run against an <see cref="ITranscriptTarget"/>:
/// <code>
/// await new TranscriptScript(target)
///     .User("demo").BotSays(contains: "short name")
///     .UserSubmits(new { kind = "dog", secured = "true" }).BotSays(contains: "When is the visit")
///     .User("two").BotSendsCard(template: "summary", contains: "SC-0017-3");
/// </code>
/// Steps run in order when the script is awaited. Each Bot… step checks the next reply of the
/// latest turn; every reply must be checked before the user speaks again (or call <see cref="AndMaybeMore"/>),
/// so a script also pins how many messages each turn sends. A failure shows the conversation so far.
/// </summary>
public sealed class TranscriptScript
{
    private readonly ITranscriptTarget _target;
    private readonly TranscriptOptions _options;
    private readonly List<(string Description, Func<CancellationToken, Task> Run)> _steps = [];
    private readonly List<string> _log = [];
    private readonly Queue<BotReply> _unchecked = new();
    private bool _ran;

    public TranscriptScript(ITranscriptTarget target, TranscriptUser? sender = null, TranscriptOptions? options = null)
    {
        _target = target;
        Sender = sender ?? new TranscriptUser();
        _options = options ?? new TranscriptOptions();
    }

    /// <summary>Who speaks: builds the turns (same user, same conversation, increasing activity ids).</summary>
    public TranscriptUser Sender { get; }

    /// <summary>The conversation as run so far ("user: …", "bot: …").</summary>
    public IReadOnlyList<string> Log => _log;

    /// <summary>All replies of the latest turn, checked or not.</summary>
    public IReadOnlyList<BotReply> LastReplies { get; private set; } = [];

    public TranscriptScript User(string text) =>
        Step($"user says \"{text}\"", ct => SendAsync(Sender.Message(text), $"user: {text}", ct));

    /// <summary>The user presses an Action.Submit whose data and inputs are <paramref name="value"/>.</summary>
    public TranscriptScript UserSubmits(object value, string? replyToId = null)
    {
        var input = new Lazy<TurnInput>(() => Sender.Submit(value, replyToId));
        return Step("user submits a card", ct => SendAsync(input.Value, $"user [submits]: {input.Value.Value}", ct));
    }

    /// <summary>Sends any turn (built with <see cref="Sender"/> or by hand).</summary>
    public TranscriptScript Send(Func<TranscriptUser, TurnInput> turn, string description = "a turn") =>
        Step($"user sends {description}", ct => SendAsync(turn(Sender), $"user [{description}]", ct));

    /// <summary>
    /// The next reply is text containing <paramref name="contains"/> (case ignored), equal to
    /// <paramref name="equals"/>, and passing <paramref name="check"/> (each when given).
    /// </summary>
    public TranscriptScript BotSays(string? contains = null, string? equals = null, Action<string>? check = null) =>
        Step($"bot says{Describe(contains, equals)}", _ =>
        {
            var reply = Next();
            if (reply.Text is null)
            {
                Fail($"expected text but the bot sent a card:\n{Show(reply)}");
            }

            if (contains is not null && !reply.Text!.Contains(contains, StringComparison.OrdinalIgnoreCase))
            {
                Fail($"expected text containing \"{contains}\" but the bot said:\n{reply.Text}");
            }

            if (equals is not null && reply.Text != equals)
            {
                Fail($"expected exactly \"{equals}\" but the bot said:\n{reply.Text}");
            }

            check?.Invoke(reply.Text!);
            return Task.CompletedTask;
        });

    /// <summary>
    /// The next reply is a card: from <paramref name="template"/> (see <see cref="TranscriptOptions.TemplateOf"/>),
    /// with <paramref name="contains"/> among its text, <paramref name="field"/> (a path like
    /// <c>data.facts[0].value</c>) equal to <paramref name="value"/> (or present when no value is given), and passing <paramref name="check"/>.
    /// </summary>
    public TranscriptScript BotSendsCard(string? template = null, string? contains = null, string? field = null, string? value = null, Action<JsonNode>? check = null) =>
        Step($"bot sends a card{(template is null ? "" : $" '{template}'")}{Describe(contains, null)}", _ =>
        {
            var reply = Next();
            if (reply.CardJson is null)
            {
                Fail($"expected a card but the bot said:\n{reply.Text}");
            }

            var card = CardView.Parse(reply.CardJson!);
            if (template is not null && _options.TemplateOf(card) != template)
            {
                Fail($"expected a card from template '{template}' but got '{_options.TemplateOf(card) ?? "(unknown)"}':\n{reply.CardJson}");
            }

            if (contains is not null && !CardView.Text(card).Contains(contains, StringComparison.OrdinalIgnoreCase))
            {
                Fail($"expected the card to contain \"{contains}\":\n{reply.CardJson}");
            }

            if (field is not null)
            {
                var node = CardView.Select(card, field);
                if (node is null || (value is not null && (node is JsonValue v && v.TryGetValue<string>(out var s) ? s : node.ToJsonString()) != value))
                {
                    Fail($"expected card field '{field}'{(value is null ? "" : $" = \"{value}\"")} but found {node?.ToJsonString() ?? "nothing"}:\n{reply.CardJson}");
                }
            }

            check?.Invoke(card);
            return Task.CompletedTask;
        });

    /// <summary>The latest turn got no reply at all (e.g. not handled by the responder).</summary>
    public TranscriptScript BotSaysNothing() =>
        Step("bot says nothing", _ =>
        {
            if (_unchecked.Count > 0)
            {
                Fail($"expected no reply but the bot sent:\n{string.Join("\n", _unchecked.Select(Show))}");
            }

            return Task.CompletedTask;
        });

    /// <summary>Drops the latest turn's replies not checked yet.</summary>
    public TranscriptScript AndMaybeMore() => Step("(any further replies)", _ =>
    {
        _unchecked.Clear();
        return Task.CompletedTask;
    });

    /// <summary>Runs code between turns (restart the bot, move the clock, inspect a store).</summary>
    public TranscriptScript Then(Func<Task> action, string description = "(test code)") => Step(description, _ => action());

    public TranscriptScript Then(Action action, string description = "(test code)") => Step(description, _ =>
    {
        action();
        return Task.CompletedTask;
    });

    public async Task RunAsync(CancellationToken cancellationToken = default)
    {
        if (_ran)
        {
            throw new InvalidOperationException("a transcript runs once");
        }

        _ran = true;
        for (var i = 0; i < _steps.Count; i++)
        {
            try
            {
                await _steps[i].Run(cancellationToken);
            }
            catch (Exception ex)
            {
                var problem = ex is TranscriptAssertionException ? ex.Message : $"{ex.GetType().Name}: {ex.Message}";
                throw new TranscriptAssertionException(Report(i, problem), ex);
            }
        }

        if (_unchecked.Count > 0)
        {
            throw new TranscriptAssertionException(Report(_steps.Count - 1, $"the bot's last replies were not checked:\n{string.Join("\n", _unchecked.Select(Show))}"));
        }
    }

    public TaskAwaiter GetAwaiter() => RunAsync().GetAwaiter();

    private TranscriptScript Step(string description, Func<CancellationToken, Task> run)
    {
        if (_ran)
        {
            throw new InvalidOperationException("the transcript has already run; build a new one");
        }

        _steps.Add((description, run));
        return this;
    }

    private async Task SendAsync(TurnInput input, string line, CancellationToken cancellationToken)
    {
        if (_unchecked.Count > 0)
        {
            Fail($"the bot's replies to the previous turn were not all checked:\n{string.Join("\n", _unchecked.Select(Show))}");
        }

        _log.Add(line);
        LastReplies = await _target.SendAsync(input, cancellationToken);
        foreach (var reply in LastReplies)
        {
            _log.Add(Show(reply));
            _unchecked.Enqueue(reply);
        }
    }

    private BotReply Next()
    {
        if (_unchecked.Count == 0)
        {
            Fail(LastReplies.Count == 0 ? "expected a reply but the bot said nothing" : "expected another reply but the bot sent no more");
        }

        return _unchecked.Dequeue();
    }

    private string Show(BotReply reply)
    {
        if (reply.CardJson is null)
        {
            return $"bot: {reply.Text}";
        }

        var card = CardView.Parse(reply.CardJson);
        var text = CardView.Text(card).Replace('\n', ' ');
        return $"bot [card {_options.TemplateOf(card) ?? ""}]: {(text.Length > 300 ? text[..300] + "…" : text)}";
    }

    private string Report(int step, string problem) =>
        $"Transcript step {step + 1} ({_steps[step].Description}) failed: {problem}\n--- conversation so far ---\n{string.Join("\n", _log)}";

    private static string Describe(string? contains, string? equals) =>
        (contains is null ? "" : $" containing \"{contains}\"") + (equals is null ? "" : $" exactly \"{equals}\"");

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private static void Fail(string problem) => throw new TranscriptAssertionException(problem);
}
