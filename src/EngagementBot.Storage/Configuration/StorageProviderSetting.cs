using Microsoft.Extensions.Configuration;

namespace EngagementBot.Storage.Configuration;

/// <summary>
/// Reads <c>Storage:Provider</c> when the services are composed: the provider decides which
/// implementations are registered, so an unusable value stops the application at once.
/// </summary>
internal static class StorageProviderSetting
{
    public static StorageProvider Read(IConfiguration configuration)
    {
        var value = configuration[StorageOptions.ProviderKey];
        if (string.IsNullOrWhiteSpace(value))
        {
            return StorageProvider.Sqlite;
        }

        var trimmed = value.Trim();
        foreach (var provider in Enum.GetValues<StorageProvider>())
        {
            if (string.Equals(provider.ToString(), trimmed, StringComparison.OrdinalIgnoreCase))
            {
                return provider;
            }
        }

        throw new StorageStartupException(
            $"{StorageOptions.ProviderKey} is '{trimmed}', which is not a storage provider. "
            + $"Use one of: {string.Join(", ", Enum.GetNames<StorageProvider>())}.");
    }
}
