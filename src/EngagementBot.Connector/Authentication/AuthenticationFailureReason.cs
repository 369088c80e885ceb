namespace EngagementBot.Connector.Authentication;

/// <summary>Why an inbound request was not authenticated; every value maps to HTTP 401.</summary>
public enum AuthenticationFailureReason
{
    None = 0,
    MissingAuthorizationHeader,
    MalformedAuthorizationHeader,
    MalformedToken,
    UntrustedIssuer,
    InvalidAudience,
    Expired,
    NotYetValid,
    InvalidLifetime,
    InvalidSignature,
    InvalidAlgorithm,
    UnknownSigningKey,
    ServiceUrlMismatch,
    ChannelNotEndorsed,
    MetadataUnavailable,
    InvalidToken,

    /// <summary>An Entra-issued token from an app other than the bot itself.</summary>
    UntrustedCaller,
}
