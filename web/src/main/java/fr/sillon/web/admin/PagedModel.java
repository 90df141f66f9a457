package fr.sillon.web.admin;

import fr.sillon.ejb.access.PlatformAdminService.Page;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** A lazy PrimeFaces table over a paged service list of the platform administration. */
final class PagedModel<T> extends LazyDataModel<T> {
    private static final long serialVersionUID = 1L;

    interface Loader<T> extends Serializable {
        Page<T> load(int first, int max);
    }

    interface Key<T> extends Function<T, String>, Serializable {
    }

    private final Loader<T> loader;
    private final Key<T> key;

    PagedModel(Loader<T> loader, Key<T> key) {
        this.loader = loader;
        this.key = key;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) loader.load(0, 1).total();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        Page<T> page = loader.load(first, pageSize);
        setRowCount((int) page.total());
        return page.rows();
    }

    @Override
    public String getRowKey(T row) {
        return key.apply(row);
    }
}
