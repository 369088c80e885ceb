namespace EngagementBot.Testing.Transcripts;

/// <summary>A transcript step did not go as scripted; the message carries the conversation so far.</summary>
public sealed class TranscriptAssertionException : Exception
{
    public TranscriptAssertionException()
    {
    }

    public TranscriptAssertionException(string message)
        : base(message)
    {
    }

    public TranscriptAssertionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
