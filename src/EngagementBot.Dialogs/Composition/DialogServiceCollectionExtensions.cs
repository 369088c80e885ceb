using EngagementBot.Dialogs.Definitions;
using EngagementBot.Dialogs.Engine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace EngagementBot.Dialogs.Composition;

public static class DialogServiceCollectionExtensions
{
    /// <summary>
    /// Registers the dialog engine (<see cref="DialogEngine"/>, an <c>ITurnResponder</c> the host puts
    /// first in its responder order because it handles SOS) and the definitions catalog, loaded and
    /// validated once from <c>Dialogs:Path</c>. The host must register the ports:
    /// <c>IDialogStateStore</c>, <c>ICardRenderer</c>, <c>IPackQuestionSource</c>, <c>IOptionListSource</c>, <c>IEmergencyHandler</c>,
    /// and any <c>IDialogAction</c>s.
    /// </summary>
    public static IServiceCollection AddDialogs(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DialogOptions>()
            .Bind(configuration.GetSection(DialogOptions.SectionName))
            .Validate(o => !string.IsNullOrWhiteSpace(o.TimeZone) && !string.IsNullOrWhiteSpace(o.CaseReferencePattern), "Dialogs:TimeZone and Dialogs:CaseReferencePattern must not be empty")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => DialogDefinitionLoader.LoadDirectory(DialogsFolder.Resolve(sp.GetRequiredService<IOptions<DialogOptions>>().Value.Path)));
        services.TryAddSingleton<DialogEngine>();
        return services;
    }
}
