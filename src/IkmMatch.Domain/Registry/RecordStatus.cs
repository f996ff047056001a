namespace IkmMatch.Domain.Registry;

/// <summary>Whether a registry record takes part in the programme. Archived records keep their id and history.</summary>
public enum RecordStatus
{
    Active,
    Archived,
}
