using EngagementBot.Dialogs.Engine;
using EngagementBot.Dialogs.Parsing;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EngagementBot.Host.Flows.LoneWorker;

public static class LoneWorkerServiceCollectionExtensions
{
    /// <summary>
    /// What the lone-worker flows share: <see cref="LoneWorkerOptions"/> (section <c>LoneWorker</c>,
    /// validated at start: data annotations, a time zone that resolves on this machine, positive ladder
    /// timings for every team, a duress word that is not one of the words that work everywhere; working
    /// days, when configured, replace the Monday-to-Friday default) and the <see cref="TeamDirectory"/>.
    /// Safe to call more than once.
    /// </summary>
    public static IServiceCollection AddLoneWorker(this IServiceCollection services, IConfiguration configuration)
    {
        if (services.Any(descriptor => descriptor.ServiceType == typeof(TeamDirectory)))
        {
            return services;
        }

        var section = configuration.GetSection(LoneWorkerOptions.SectionName);
        services.AddOptions<LoneWorkerOptions>()
            .Bind(section)
            .PostConfigure(o => ReplaceWorkingDays(o, section))
            .ValidateDataAnnotations()
            .Validate(o => ZoneResolves(o.TimeZone), "LoneWorker:TimeZone must be an IANA time zone this machine knows (for example Europe/London).")
            .Validate(o => AllTimings(o).All(IsValid), "LoneWorker timings (GracePeriod, AcknowledgeWithin; also each team's own) must be between 1 second and 1 day.")
            .Validate(o => o.WorkingHours.Start < o.WorkingHours.End, "LoneWorker:WorkingHours:Start must be before End.")
            .Validate(o => !IsReserved(o.DuressWord), "LoneWorker:DuressWord must not be a word the bot already understands everywhere (such as cancel, help or SOS).")
            .ValidateOnStart();
        services.TryAddSingleton<TeamDirectory>();
        return services;
    }

    // Binding adds configured list items to the defaults (Monday to Friday); configured days replace them.
    private static void ReplaceWorkingDays(LoneWorkerOptions options, IConfigurationSection section)
    {
        var days = section.GetSection("WorkingHours:Days");
        if (days.Exists())
        {
            options.WorkingHours.Days = days.Get<List<DayOfWeek>>() ?? [];
        }
    }

    private static bool ZoneResolves(string? zone)
    {
        if (string.IsNullOrWhiteSpace(zone))
        {
            return false;
        }

        try
        {
            _ = TimeZoneInfo.FindSystemTimeZoneById(zone);
            return true;
        }
        catch (TimeZoneNotFoundException)
        {
            return false;
        }
        catch (InvalidTimeZoneException)
        {
            return false;
        }
    }

    private static IEnumerable<LadderTimings?> AllTimings(LoneWorkerOptions options) =>
        options.Teams.Values.Select(team => team.Timings).Where(timings => timings is not null).Prepend(options.Timings);

    private static bool IsValid(LadderTimings? timings) =>
        timings is not null && Within(timings.GracePeriod) && Within(timings.AcknowledgeWithin);

    private static bool Within(TimeSpan span) => span >= TimeSpan.FromSeconds(1) && span <= TimeSpan.FromDays(1);

    private static bool IsReserved(string? duressWord) =>
        !string.IsNullOrWhiteSpace(duressWord)
        && (TextNormalizer.ForMatching(duressWord) is not { Length: > 0 } word
            || GlobalCommands.ReservedPhrases.Contains(word)
            || GlobalCommands.FromText(word) != GlobalCommand.None);
}
