// Several pages in one field with Wagtail's page chooser (krant.news.widgets.PageMultipleChooser).
// One listener for every such field on the page, also those an inline form adds later.
document.addEventListener('click', (event) => {
    const field = event.target.closest('[data-krant-multi-chooser]');
    if (!field) {
        return;
    }
    const list = field.querySelector('[data-chosen]');
    if (event.target.closest('[data-remove]')) {
        event.target.closest('li').remove();
        return;
    }
    if (!event.target.closest('[data-add]')) {
        return;
    }
    const modal = new window.PageChooserModal(field.dataset.url);
    modal.open({ multiple: true, modelNames: [field.dataset.model] }, (chosen) => {
        (Array.isArray(chosen) ? chosen : [chosen]).forEach((page) => {
            const id = String(page.id);
            if (list.querySelector(`[data-page-id="${id}"]`)) {
                return;
            }
            const item = document.createElement('li');
            item.dataset.pageId = id;
            const input = document.createElement('input');
            input.type = 'hidden';
            input.name = field.dataset.name;
            input.value = id;
            const title = document.createElement('span');
            title.textContent = page.adminTitle || page.title;
            const remove = document.createElement('button');
            remove.type = 'button';
            remove.className = 'button button-small button-secondary';
            remove.dataset.remove = '';
            remove.textContent = field.dataset.removeLabel;
            item.append(input, title, ' ', remove);
            list.append(item);
        });
        // Wagtail's unsaved-changes warning listens for input on the form.
        field.closest('form')?.dispatchEvent(new Event('change', { bubbles: true }));
    });
});
