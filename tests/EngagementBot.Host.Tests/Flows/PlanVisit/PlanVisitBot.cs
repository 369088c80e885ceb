using EngagementBot.Dialogs.Engine;
using EngagementBot.Dialogs.Ports;
using EngagementBot.Domain.Cases;
using EngagementBot.Domain.Visits;
using EngagementBot.Guidance.Loading;
using EngagementBot.Guidance.Model;
using EngagementBot.Host.Composition;
using EngagementBot.Host.Flows.PlanVisit;
using EngagementBot.Host.Flows.Sessions;
using EngagementBot.Storage;
using EngagementBot.Testing;
using EngagementBot.Testing.Transcripts;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EngagementBot.Host.Tests.Flows.PlanVisit;

/// <summary>
/// The host's own services (<c>AddEngagementBot</c>: the repository's dialogs, cards and packs, SQLite in a
/// temporary folder) with a fixed clock — Monday 23 November 2026, 10:00 GMT — and the dialog actions
/// reduced to the plan-visit flow's real ones, the session flow's start-session, and <see cref="RecordingJointVisitRequest"/>, driven
/// turn by turn through the dialog engine.
/// </summary>
public sealed class PlanVisitBot : IAsyncDisposable
{
    public static readonly DateTimeOffset MondayMorning = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    private readonly ServiceProvider _services;
    private readonly string _folder;

    private PlanVisitBot(ServiceProvider services, string folder, ManualClock clock, RecordingJointVisitRequest requests)
    {
        _services = services;
        _folder = folder;
        Clock = clock;
        JointVisitRequests = requests;
        User = new TranscriptUser(time: clock);
    }

    public static string PacksFolder => Path.Combine(RepoPaths.Seeds, "packs");

    public ManualClock Clock { get; }

    public TranscriptUser User { get; }

    public RecordingJointVisitRequest JointVisitRequests { get; }

    public DialogEngine Engine => _services.GetRequiredService<DialogEngine>();

    public IVisitPlanStore Plans => _services.GetRequiredService<IVisitPlanStore>();

    public IHazardFlagStore Flags => _services.GetRequiredService<IHazardFlagStore>();

    public ProcedurePack Pack => _services.GetRequiredService<PackCatalog>().Active;

    public IServiceProvider Services => _services;

    /// <param name="settings">Settings over the defaults (e.g. another active pack).</param>
    public static async Task<PlanVisitBot> StartAsync(IDictionary<string, string?>? settings = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), "engagementbot-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var values = new Dictionary<string, string?>
        {
            ["Bot:DevelopmentAuthentication"] = "true",
            ["Storage:Sqlite:Path"] = Path.Combine(folder, "bot.db"),
            ["Dialogs:Path"] = RepoPaths.Dialogs,
            ["Cards:Path"] = RepoPaths.Cards,
            ["Guidance:PacksPath"] = PacksFolder,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var clock = new ManualClock(MondayMorning);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton<TimeProvider>(clock);
        services.AddEngagementBot(configuration);
        services.RemoveAll<IDialogAction>();
        services.AddPlanVisitFlow();
        services.AddSingleton<IDialogAction, StartSessionAction>();
        var requests = new RecordingJointVisitRequest();
        services.AddSingleton<IDialogAction>(requests);
        var bot = new PlanVisitBot(services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true }), folder, clock, requests);
        await bot._services.GetRequiredService<IStorageInitializer>().InitializeAsync(CancellationToken.None);
        return bot;
    }

    public TranscriptScript Script() => new(new ResponderTarget(Engine), User);

    /// <summary>Raises a flag on a case as another agency's worker would have, <paramref name="ago"/> before now.</summary>
    public async Task<HazardFlag> RaiseFlagAsync(string caseReference, HazardKind kind, HazardSeverity severity, TimeSpan ago, TimeSpan reviewIn, params HazardAdvice[] advice)
    {
        var raisedAt = Clock.Now - ago;
        var flag = HazardFlag.Raise(Guid.NewGuid(), caseReference, kind, severity, advice, Clock.Now + reviewIn, new CaseActor("aad-police-officer", "South Wales Police"), raisedAt);
        await Flags.AddAsync(flag, CancellationToken.None);
        return flag;
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // best effort: SQLite may still hold the WAL open for a moment
        }
    }
}
