using Azure.Core;

namespace EngagementBot.Graph.Configuration;

/// <summary>
/// Register one of these (before or after <c>AddEngagementBotGraph</c>) to make the Graph client
/// authenticate with <see cref="Credential"/> instead of a client secret: a managed identity in
/// production, or a static token in tests where there is no Entra ID. When present,
/// <c>Graph:ClientSecret</c> and friends are not required.
/// </summary>
public sealed record GraphCredentialOverride(TokenCredential Credential);
