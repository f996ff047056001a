namespace IkmMatch.Domain.Needs;

/// <summary>Open → Closed / Fulfilled / Cancelled. Only an open need can be edited, closed or cancelled.</summary>
public enum NeedStatus
{
    Open,
    Closed,
    Fulfilled,
    Cancelled,
}
