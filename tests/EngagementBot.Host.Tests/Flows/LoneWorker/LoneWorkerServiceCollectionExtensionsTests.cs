using EngagementBot.Host.Flows.LoneWorker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace EngagementBot.Host.Tests.Flows.LoneWorker;

public sealed class LoneWorkerServiceCollectionExtensionsTests
{
    [Fact]
    public void AddLoneWorker_FullSection_BindsEverySetting()
    {
        var options = Options(new Dictionary<string, string?>
        {
            ["LoneWorker:TimeZone"] = "Europe/London",
            ["LoneWorker:SosCancelWindow"] = "00:00:10",
            ["LoneWorker:DuressWord"] = "bluebird",
            ["LoneWorker:Timings:GracePeriod"] = "00:15:00",
            ["LoneWorker:Timings:AcknowledgeWithin"] = "00:03:00",
            ["LoneWorker:WorkingHours:Start"] = "09:00",
            ["LoneWorker:WorkingHours:End"] = "17:00",
            ["LoneWorker:WorkingHours:Days:0"] = "Saturday",
            ["LoneWorker:BankHolidays:0"] = "2026-12-25",
            ["LoneWorker:EndOfDay"] = "19:00",
            ["LoneWorker:OutOfHoursContact"] = "aad-duty",
            ["LoneWorker:Teams:North:Members:0"] = "aad-worker",
            ["LoneWorker:Teams:North:SecondContact"] = "aad-second",
            ["LoneWorker:Teams:North:ChannelId"] = "19:north@thread.tacv2",
            ["LoneWorker:Teams:North:Timings:AcknowledgeWithin"] = "00:01:00",
        });

        Assert.Equal(TimeSpan.FromSeconds(10), options.SosCancelWindow);
        Assert.Equal("bluebird", options.DuressWord);
        Assert.Equal(TimeSpan.FromMinutes(15), options.Timings.GracePeriod);
        Assert.Equal(new TimeOnly(9, 0), options.WorkingHours.Start);
        Assert.Equal([DayOfWeek.Saturday], options.WorkingHours.Days);
        Assert.Equal([new DateOnly(2026, 12, 25)], options.BankHolidays);
        Assert.Equal(new TimeOnly(19, 0), options.EndOfDay);
        Assert.Equal("aad-second", options.Teams["north"].SecondContact);
        Assert.Equal(TimeSpan.FromMinutes(1), options.Teams["north"].Timings!.AcknowledgeWithin);
    }

    [Fact]
    public void AddLoneWorker_NoSection_DefaultsWithWeekdaysOnly()
    {
        var options = Options(new Dictionary<string, string?>());

        Assert.Equal(TimeSpan.FromSeconds(5), options.SosCancelWindow);
        Assert.Equal([DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday], options.WorkingHours.Days);
        Assert.Empty(options.Teams);
    }

    [Theory]
    [InlineData("LoneWorker:TimeZone", "Mars/Olympus_Mons", "LoneWorker:TimeZone")]
    [InlineData("LoneWorker:DuressWord", "Cancel", "LoneWorker:DuressWord")]
    [InlineData("LoneWorker:DuressWord", "help me", "LoneWorker:DuressWord")]
    [InlineData("LoneWorker:Teams:North:Timings:AcknowledgeWithin", "00:00:00", "AcknowledgeWithin")]
    [InlineData("LoneWorker:SosCancelWindow", "00:05:00", "SosCancelWindow")]
    [InlineData("LoneWorker:WorkingHours:End", "08:00", "LoneWorker:WorkingHours:Start")]
    public void AddLoneWorker_BadSetting_RefusedNamingIt(string key, string value, string named)
    {
        var error = Assert.Throws<OptionsValidationException>(() => Options(new Dictionary<string, string?> { [key] = value }));

        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddLoneWorker_CalledTwice_OneTeamDirectoryAndListsBoundOnce()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["LoneWorker:Teams:North:Members:0"] = "aad-worker" }).Build();
        var services = new ServiceCollection().AddLoneWorker(configuration).AddLoneWorker(configuration);
        using var provider = services.BuildServiceProvider();

        Assert.Single(services, d => d.ServiceType == typeof(TeamDirectory));
        Assert.Equal(["aad-worker"], provider.GetRequiredService<IOptions<LoneWorkerOptions>>().Value.Teams["north"].Members);
        Assert.Equal("north", provider.GetRequiredService<TeamDirectory>().TeamOf("aad-worker"), StringComparer.OrdinalIgnoreCase);
    }

    private static LoneWorkerOptions Options(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        using var provider = new ServiceCollection().AddLoneWorker(configuration).BuildServiceProvider();
        return provider.GetRequiredService<IOptions<LoneWorkerOptions>>().Value;
    }
}
