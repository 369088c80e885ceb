using System.Text.Json;
using EngagementBot.Dialogs.Composition;
using EngagementBot.Dialogs.Definitions;
using EngagementBot.Dialogs.Engine;
using EngagementBot.Dialogs.Ports;
using EngagementBot.Dialogs.State;
using EngagementBot.Domain.Turns;
using EngagementBot.Testing;
using EngagementBot.Testing.Transcripts;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace EngagementBot.Dialogs.Tests.TestDoubles;

/// <summary>
/// A dialog engine wired to test doubles, a fixed clock (Monday 23 November 2026, 10:00 GMT) and
/// either the repository's dialogs or definitions given inline. <see cref="Restart"/> builds a new
/// engine over the same store, as after a process restart.
/// </summary>
public sealed class EngineHarness
{
    public static readonly DateTimeOffset MondayMorning = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    private DialogEngine? _engine;

    public EngineHarness(DialogCatalog catalog)
    {
        Catalog = catalog;
        User = new TranscriptUser(time: Time);
    }

    public DialogCatalog Catalog { get; private set; }

    public InMemoryDialogStateStore Store { get; } = new();

    public RecordingCardRenderer Cards { get; } = new();

    public FakePackQuestionSource Packs { get; } = new();

    public FakeOptionListSource OptionLists { get; } = new();

    public FakePackPathSource Paths { get; } = new();

    public RecordingEmergencyHandler Emergency { get; } = new();

    public List<IDialogAction> Actions { get; } = [];

    public ManualTimeProvider Time { get; } = new(MondayMorning);

    public DialogOptions Options { get; } = new();

    public TranscriptUser User { get; }

    public DialogEngine Engine => _engine ??= Build();

    public static EngineHarness ForRepositoryDialogs() => new(DialogDefinitionLoader.LoadDirectory(RepoPaths.Dialogs));

    /// <summary>Definitions given as JSON text (named test/1.json, test/2.json…).</summary>
    public static EngineHarness With(params string[] definitions) => new(Load(definitions));

    public static DialogCatalog Load(params string[] definitions) =>
        DialogDefinitionLoader.Load(definitions.Select((json, i) => ($"test/{i + 1}.json", json)));

    /// <summary>A fresh engine instance over the same store (optionally with changed definitions).</summary>
    public void Restart(DialogCatalog? catalog = null)
    {
        Catalog = catalog ?? Catalog;
        _engine = null;
    }

    public TranscriptScript Script() => new(new ResponderTarget(new CurrentEngine(this)), User);

    public Task<TurnOutcome?> SendAsync(TurnInput input) => Engine.RespondAsync(input, CancellationToken.None);

    public string StateKey => $"{User.Conversation.Key}|{User.From.Id}";

    internal DialogState? Stored =>
        Store.States.TryGetValue(StateKey, out var stored) ? DialogStateSerializer.TryDeserialize(stored.Json) : null;

    /// <summary>An answer of the active dialog as stored, or null.</summary>
    public JsonElement? Answer(string path) => Stored?.Top is { } top ? AnswerStore.Get(top.Answers, path) : null;

    public long Version => Store.States.TryGetValue(StateKey, out var stored) ? stored.Version : 0;

    private DialogEngine Build() => new(
        Catalog, Store, Cards, Packs, OptionLists, Emergency, Actions, Microsoft.Extensions.Options.Options.Create(Options), Time, NullLogger<DialogEngine>.Instance, Paths);

    /// <summary>Always the harness's current engine, so a script can restart it between turns.</summary>
    private sealed class CurrentEngine(EngineHarness harness) : ITurnResponder
    {
        public Task<TurnOutcome?> RespondAsync(TurnInput input, CancellationToken cancellationToken) => harness.Engine.RespondAsync(input, cancellationToken);
    }
}
