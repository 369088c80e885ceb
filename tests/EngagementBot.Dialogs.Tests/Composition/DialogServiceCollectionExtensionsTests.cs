using EngagementBot.Dialogs.Composition;
using EngagementBot.Dialogs.Definitions;
using EngagementBot.Dialogs.Engine;
using EngagementBot.Dialogs.Ports;
using EngagementBot.Dialogs.Tests.TestDoubles;
using EngagementBot.Domain.Conversations;
using EngagementBot.Testing;
using EngagementBot.Testing.Transcripts;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moq;

namespace EngagementBot.Dialogs.Tests.Composition;

public class DialogServiceCollectionExtensionsTests
{
    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddSingleton<IDialogStateStore>(new InMemoryDialogStateStore());
        services.AddSingleton<ICardRenderer>(new RecordingCardRenderer());
        services.AddSingleton(Mock.Of<IPackQuestionSource>());
        services.AddSingleton(Mock.Of<IOptionListSource>());
        services.AddSingleton<IEmergencyHandler>(new RecordingEmergencyHandler());
        services.AddDialogs(configuration);
        return services.BuildServiceProvider();
    }

    [Fact]
    public void AddDialogs_NoSettings_UsesDefaults()
    {
        using var provider = Build([]);

        var options = provider.GetRequiredService<IOptions<DialogOptions>>().Value;
        Assert.Equal("Europe/London", options.TimeZone);
        Assert.Matches(options.CaseReferencePattern, "SC-0017-3");
        Assert.Matches(options.CaseReferencePattern, "SC-0017");
        Assert.DoesNotMatch(options.CaseReferencePattern, "Smith");
        Assert.Null(options.Path);
    }

    [Fact]
    public async Task AddDialogs_DefaultPath_FindsRepositoryDialogsAndRunsTheDemo()
    {
        using var provider = Build([]);

        Assert.NotNull(provider.GetRequiredService<DialogCatalog>().Find("demo"));
        await new TranscriptScript(new ResponderTarget(provider.GetRequiredService<DialogEngine>())).User("demo").BotSays(contains: "short name");
    }

    [Fact]
    public void AddDialogs_Settings_AreBound()
    {
        var folder = Directory.CreateTempSubdirectory("dialogs-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "only.json"), """{ "id": "only", "steps": [ { "id": "a", "kind": "text", "prompt": "?" } ] }""");
            using var provider = Build(new()
            {
                ["Dialogs:Path"] = folder,
                ["Dialogs:TimeZone"] = "UTC",
                ["Dialogs:CaseReferencePattern"] = "^X$",
            });

            var catalog = provider.GetRequiredService<DialogCatalog>();
            Assert.Equal(["only"], catalog.Dialogs.Select(d => d.Id));
            Assert.Equal("UTC", provider.GetRequiredService<IOptions<DialogOptions>>().Value.TimeZone);
            Assert.NotNull(provider.GetRequiredService<DialogEngine>());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void AddDialogs_UnknownTimeZone_FailsWhenTheEngineIsBuilt()
    {
        using var provider = Build(new() { ["Dialogs:TimeZone"] = "Mars/Olympus" });

        Assert.Throws<TimeZoneNotFoundException>(() => provider.GetRequiredService<DialogEngine>());
    }

    [Fact]
    public void DialogsFolder_NotConfigured_WalksUpToTheRepositoryFolder()
    {
        Assert.Equal(RepoPaths.Dialogs, DialogsFolder.Resolve(null));
        Assert.Equal(RepoPaths.Dialogs, DialogsFolder.Resolve(null, Path.Combine(RepoPaths.Root, "src", "EngagementBot.Dialogs")));
    }

    [Fact]
    public void DialogsFolder_NoneAbove_SaysToSetThePath()
    {
        var error = Assert.Throws<DirectoryNotFoundException>(() => DialogsFolder.Resolve(null, "/"));

        Assert.Contains("Dialogs:Path", error.Message, StringComparison.Ordinal);
    }
}
