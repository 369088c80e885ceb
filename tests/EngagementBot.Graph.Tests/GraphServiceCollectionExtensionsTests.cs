using EngagementBot.Graph.ActivityFeed;
using EngagementBot.Graph.Configuration;
using EngagementBot.Graph.Installation;
using EngagementBot.Graph.Mail;
using EngagementBot.Graph.Managers;
using EngagementBot.Graph.Tests.TestSupport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace EngagementBot.Graph.Tests;

public sealed class GraphServiceCollectionExtensionsTests
{
    public static TheoryData<string, Func<IServiceProvider, Task>> EveryService => new()
    {
        {
            "send activity notification", p => p.GetRequiredService<IActivityFeedNotifier>().NotifyAsync(
                GraphIds.Manager,
                new ActivityFeedNotice(FeedActivityType.IncidentReported, FeedTopic.Text("t", "https://teams.microsoft.com/l/x"), "p", new FeedTemplateParameters("CASE-1")),
                CancellationToken.None)
        },
        { "send mail", p => p.GetRequiredService<IMailNotifier>().SendAsync(GraphIds.Manager, new MailNotice("s", "b"), CancellationToken.None) },
    };

    [Theory]
    [MemberData(nameof(EveryService))]
    public async Task AddEngagementBotGraph_Disabled_FeedAndMailFailNonTransientlySayingSo(string operation, Func<IServiceProvider, Task> call)
    {
        await using var provider = Build(new Dictionary<string, string?>());

        var error = await Assert.ThrowsAsync<GraphDeliveryException>(() => call(provider));

        Assert.False(error.IsTransient);
        Assert.True(error.IsSwitchedOff);
        Assert.Equal($"{operation}: Microsoft Graph is not configured (Graph:Enabled is false)", error.Message);
    }

    [Fact]
    public async Task AddEngagementBotGraph_DisabledWithFallback_ApproversAreTheFallbackAndItsDelegates()
    {
        await using var provider = Build(new Dictionary<string, string?>
        {
            ["Graph:FallbackManagerAadObjectId"] = GraphIds.Manager,
            [$"Graph:Delegates:{GraphIds.Manager}:0"] = GraphIds.Deputy,
        });
        var directory = provider.GetRequiredService<IManagerDirectory>();

        var approvers = await directory.ResolveApproversAsync(GraphIds.Worker, CancellationToken.None);

        Assert.Null(await directory.FindLineManagerAsync(GraphIds.Worker, CancellationToken.None));
        Assert.Equal(ApproverSource.Fallback, approvers.Source);
        Assert.Equal([GraphIds.Manager, GraphIds.Deputy], approvers.AllAadObjectIds);
    }

    [Fact]
    public async Task AddEngagementBotGraph_DisabledWithoutFallback_NobodyApproves()
    {
        await using var provider = Build(new Dictionary<string, string?>());

        var approvers = await provider.GetRequiredService<IManagerDirectory>().ResolveApproversAsync(GraphIds.Worker, CancellationToken.None);

        Assert.Same(ApproverSet.Nobody, approvers);
    }

    [Fact]
    public async Task AddEngagementBotGraph_Disabled_InstallsAreNotChecked()
    {
        await using var provider = Build(new Dictionary<string, string?>());

        var outcome = await provider.GetRequiredService<ITeamsAppInstaller>().EnsureInstalledForUserAsync(GraphIds.Worker, CancellationToken.None);

        Assert.Equal(TeamsAppInstallOutcome.NotChecked, outcome);
    }

    [Fact]
    public async Task AddEngagementBotGraph_EnabledWithoutSettings_FailsAtStartNamingEachSetting()
    {
        await using var provider = Build(new Dictionary<string, string?> { ["Graph:Enabled"] = "true", ["Graph:BaseUrl"] = "http://graph.contoso.example/v1.0" });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Equal(
            [
                "Graph:TenantId (or Bot:TenantId) is required when Graph:Enabled is true.",
                "Graph:ClientId (or Bot:AppId) is required when Graph:Enabled is true.",
                "Graph:ClientSecret (or Bot:AppPassword) is required when Graph:Enabled is true.",
                "Graph:TeamsAppId is required when Graph:Enabled is true.",
                "Graph:MailSenderAadObjectId is required when Graph:Enabled is true.",
                "Graph:BaseUrl must be an absolute https URL (plain http only on a loopback host).",
            ],
            error.Failures);
    }

    [Fact]
    public async Task AddEngagementBotGraph_EnabledWithCredentialOverride_NeedsNoSecret()
    {
        var services = new ServiceCollection().AddSingleton(new GraphCredentialOverride(new StaticTokenCredential("t")));
        await using var provider = Build(
            new Dictionary<string, string?> { ["Graph:Enabled"] = "true", ["Graph:TeamsAppId"] = GraphIds.TeamsApp, ["Graph:MailSenderAadObjectId"] = GraphIds.Sender },
            services);

        provider.GetRequiredService<IStartupValidator>().Validate();

        Assert.Equal(GraphOptions.DefaultBaseUrl, provider.GetRequiredService<IOptions<GraphOptions>>().Value.BaseUrl);
    }

    [Fact]
    public async Task AddEngagementBotGraph_GraphIdentityEmpty_TakesTheBotIdentity()
    {
        await using var provider = Build(new Dictionary<string, string?>
        {
            ["Bot:TenantId"] = "bot-tenant",
            ["Bot:AppId"] = "bot-app",
            ["Bot:AppPassword"] = "bot-secret",
            ["Graph:ClientId"] = "graph-app",
        });

        var options = provider.GetRequiredService<IOptions<GraphOptions>>().Value;

        Assert.Equal(("bot-tenant", "graph-app", "bot-secret"), (options.TenantId, options.ClientId, options.ClientSecret));
    }

    [Fact]
    public async Task AddEngagementBotGraph_DelegatesSection_BindsApproverToDelegateLists()
    {
        await using var provider = Build(new Dictionary<string, string?>
        {
            [$"Graph:Delegates:{GraphIds.Manager}:0"] = GraphIds.Deputy,
            [$"Graph:Delegates:{GraphIds.Manager}:1"] = GraphIds.SecondDeputy,
        });

        var options = provider.GetRequiredService<IOptions<GraphOptions>>().Value;

        Assert.Equal([GraphIds.Deputy, GraphIds.SecondDeputy], options.Delegates[GraphIds.Manager]);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings, IServiceCollection? services = null) =>
        (services ?? new ServiceCollection())
            .AddLogging()
            .AddEngagementBotGraph(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .BuildServiceProvider();
}
