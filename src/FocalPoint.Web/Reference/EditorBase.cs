using FocalPoint.Application.Common;
using FocalPoint.Application.Registry.Reference;
using FocalPoint.Web.Components.Shared;
using Microsoft.AspNetCore.Components;

namespace FocalPoint.Web.Reference;

/// <summary>Shared behaviour of the reference-data editors: one row edited at a time, saved through <see cref="EditReference"/>.</summary>
public abstract class EditorBase<TKey, TInput> : PageBase
    where TInput : class, new()
{
    [Parameter, EditorRequired] public ReferenceSnapshot Reference { get; set; } = default!;
    [Parameter] public EventCallback Saved { get; set; }

    protected TInput? Input { get; set; }
    protected TKey? EditingKey { get; set; }
    protected bool Adding { get; set; }
    protected ValidationErrors? Errors { get; set; }
    protected string? Message { get; set; }

    protected void StartAdd()
    {
        (Input, EditingKey, Adding, Errors, Message) = (new TInput(), default, true, null, null);
    }

    protected void StartEdit(TKey key, TInput input)
    {
        (Input, EditingKey, Adding, Errors, Message) = (input, key, false, null, null);
    }

    protected void Cancel() => (Input, Errors) = (null, null);

    protected async Task SaveAsync(Func<EditReference, Task<CommandResult<int>>> save)
    {
        var result = await RunAsync(save);
        Errors = result.Errors;
        Message = result.Conflict ? L["Reference_Conflict"].Value : result.NotFound ? L["NotFound_Text"].Value : null;
        if (result.Succeeded)
        {
            Input = null;
            Message = L["Saved"].Value;
            await Saved.InvokeAsync();
        }
    }
}
