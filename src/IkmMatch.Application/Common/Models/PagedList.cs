namespace IkmMatch.Application.Common.Models;

/// <summary>One page of a list, with the total count of matching records.</summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int Page, int PageSize, int TotalCount);

/// <summary>Paging parameters shared by every list query.</summary>
public interface IPagedQuery
{
    int Page { get; }

    int PageSize { get; }
}
