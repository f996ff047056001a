namespace IkmMatch.Application.Common.Abstractions;

/// <summary>Who is calling: the identity recorded in histories and audit fields (a key name or token subject, never a secret).</summary>
public interface ICurrentActor
{
    string Name { get; }
}
