using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using EngagementBot.Connector.Configuration;

namespace EngagementBot.Connector.Authentication;

/// <summary>
/// Keeps one OpenID metadata document (and its JWKS) fresh: refreshed when older than
/// <see cref="AutomaticRefreshInterval"/>, and on demand for an unknown key id at most once per
/// <see cref="MinimumRefreshInterval"/>. A refresh is awaited, so the caller sees the new keys at
/// once (IdentityModel's ConfigurationManager refreshes in the background after RequestRefresh).
/// Stale keys are kept when a refresh fails.
/// </summary>
internal sealed partial class OpenIdMetadataCache : IDisposable
{
    public static readonly TimeSpan AutomaticRefreshInterval = TimeSpan.FromDays(1);
    public static readonly TimeSpan MinimumRefreshInterval = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan BootstrapRetryInterval = TimeSpan.FromSeconds(5);

    private readonly string _metadataAddress;
    private readonly Func<HttpClient> _httpClientFactory;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile OpenIdKeySnapshot? _snapshot;
    private long _lastAttemptTicks; // UTC ticks of the last fetch attempt; 0 = never
    private long _lastForcedTicks; // UTC ticks of the last unknown-key refresh; 0 = never
    private Exception? _lastFailure;

    public OpenIdMetadataCache(string metadataAddress, Func<HttpClient> httpClientFactory, TimeProvider timeProvider, ILogger logger)
    {
        if (!MetadataAddressPolicy.IsAllowed(metadataAddress))
        {
            throw new ArgumentException("OpenID metadata must be an absolute https URL (http only on loopback).", nameof(metadataAddress));
        }

        _metadataAddress = metadataAddress;
        _httpClientFactory = httpClientFactory;
        _timeProvider = timeProvider;
        _logger = logger;
    }

    /// <summary>The current keys, fetching them when missing or older than a day.</summary>
    public async ValueTask<OpenIdKeySnapshot> GetAsync(CancellationToken cancellationToken)
    {
        var snapshot = _snapshot;
        if (snapshot is not null && !IsDue(snapshot, _timeProvider.GetUtcNow()))
        {
            return snapshot;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            var now = _timeProvider.GetUtcNow();
            snapshot = _snapshot;
            if (snapshot is not null && !IsDue(snapshot, now))
            {
                return snapshot;
            }

            if (snapshot is null && Since(ref _lastAttemptTicks, now) < BootstrapRetryInterval && _lastFailure is not null)
            {
                throw new InvalidOperationException("OpenID metadata is unavailable.", _lastFailure);
            }

            return await FetchAsync(now, cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Fetches the metadata again because a token named a key we do not know, unless such a
    /// refresh happened less than <see cref="MinimumRefreshInterval"/> ago. Returns the keys in effect.
    /// </summary>
    public async ValueTask<OpenIdKeySnapshot> RefreshAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var now = _timeProvider.GetUtcNow();
            if (_snapshot is { } current && Since(ref _lastForcedTicks, now) < MinimumRefreshInterval)
            {
                LogRefreshRateLimited(_logger, _metadataAddress);
                return current;
            }

            Volatile.Write(ref _lastForcedTicks, now.UtcTicks);
            return await FetchAsync(now, cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private bool IsDue(OpenIdKeySnapshot snapshot, DateTimeOffset now) =>
        now - snapshot.FetchedAt >= AutomaticRefreshInterval
        && Since(ref _lastAttemptTicks, now) >= MinimumRefreshInterval;

    private static TimeSpan Since(ref long utcTicks, DateTimeOffset now)
    {
        var ticks = Volatile.Read(ref utcTicks);
        return ticks == 0 ? TimeSpan.MaxValue : now - new DateTimeOffset(ticks, TimeSpan.Zero);
    }

    private async Task<OpenIdKeySnapshot> FetchAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        Volatile.Write(ref _lastAttemptTicks, now.UtcTicks);
        try
        {
            var retriever = new HttpDocumentRetriever(_httpClientFactory())
            {
                RequireHttps = MetadataAddressPolicy.RequiresHttps(_metadataAddress),
            };
            var configuration = await OpenIdConnectConfigurationRetriever.GetAsync(_metadataAddress, retriever, cancellationToken);
            var snapshot = OpenIdKeySnapshot.From(configuration, now);
            _snapshot = snapshot;
            _lastFailure = null;
            LogMetadataRefreshed(_logger, _metadataAddress, snapshot.KeyIds.Count);
            return snapshot;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            _lastFailure = ex;
            LogMetadataFetchFailed(_logger, _metadataAddress, ex.GetType().Name, _snapshot is not null);
            if (_snapshot is { } stale)
            {
                return stale;
            }

            throw;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "OpenID metadata {MetadataAddress} refreshed: {KeyCount} signing keys")]
    private static partial void LogMetadataRefreshed(ILogger logger, string metadataAddress, int keyCount);

    [LoggerMessage(Level = LogLevel.Warning, Message = "OpenID metadata {MetadataAddress} could not be fetched ({ExceptionType}); keeping previous keys: {HasPreviousKeys}")]
    private static partial void LogMetadataFetchFailed(ILogger logger, string metadataAddress, string exceptionType, bool hasPreviousKeys);

    [LoggerMessage(Level = LogLevel.Information, Message = "OpenID metadata {MetadataAddress} refresh skipped: refreshed less than 5 minutes ago")]
    private static partial void LogRefreshRateLimited(ILogger logger, string metadataAddress);
}
