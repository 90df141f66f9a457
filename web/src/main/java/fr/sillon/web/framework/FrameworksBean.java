package fr.sillon.web.framework;

import fr.sillon.ejb.shared.Roles;
import fr.sillon.domain.DomainException;
import fr.sillon.domain.framework.CompetencyKind;
import fr.sillon.domain.framework.ImportError;
import fr.sillon.domain.framework.ImportResult;
import fr.sillon.ejb.framework.ExportFile;
import fr.sillon.ejb.framework.ExportFormat;
import fr.sillon.ejb.framework.FrameworkService;
import fr.sillon.ejb.framework.FrameworkSummary;
import fr.sillon.ejb.framework.FrameworkTree;
import fr.sillon.ejb.framework.SearchHit;
import fr.sillon.ejb.framework.TreeNode;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

/**
 * Screen « Référentiels » (coordinator and admin): list of visible frameworks, tree table with counts, search
 * across frameworks, detail panel, creation/edition of own drafts, publication, CSV/JSON import and export.
 */
@Named("frameworks")
@ViewScoped
public class FrameworksBean implements Serializable {
    private static final long serialVersionUID = 1L;
    /** A framework file is a few hundred lines: 5 MB is far more than any real one. */
    private static final long MAX_UPLOAD = 5_000_000;

    @Inject
    FrameworkService service;

    private List<FrameworkSummary> list = List.of();
    private FrameworkSummary selected;
    private FrameworkTree tree;
    private org.primefaces.model.TreeNode<TreeNode> root;
    private org.primefaces.model.TreeNode<TreeNode> selectedNode;

    private String query;
    private List<SearchHit> hits;

    // import
    private transient UploadedFile upload;
    private String importCode;
    private String importVersion;
    private String importTitle;
    private List<String> importErrors = List.of();

    // creation / edition
    private String newCode;
    private String newVersion;
    private String newTitle;
    private String nextVersion;
    private String parentCode;
    private String competencyCode;
    private CompetencyKind competencyKind = CompetencyKind.CRITERION;
    private String competencyTitle;
    private String competencyDescription;

    @PostConstruct
    void init() {
        reloadList();
    }

    private void reloadList() {
        list = service.list(0, FrameworkService.MAX_PAGE);
    }

    // ---- navigation --------------------------------------------------------------------------------

    public void select(FrameworkSummary f) {
        open(f.id(), null);
    }

    public void openHit(SearchHit hit) {
        open(hit.frameworkId(), hit.code());
    }

    private void open(long id, String focusCode) {
        tree = service.tree(id);
        selected = tree.framework();
        root = new DefaultTreeNode<>(null, null);
        Map<Long, org.primefaces.model.TreeNode<TreeNode>> byId = new HashMap<>();
        selectedNode = null;
        for (TreeNode n : tree.nodes()) { // parents come before their children
            org.primefaces.model.TreeNode<TreeNode> parent = n.parentId() == null ? root : byId.get(n.parentId());
            DefaultTreeNode<TreeNode> node = new DefaultTreeNode<>(n.kind().name(), n, parent);
            byId.put(n.id(), node);
            if (n.code().equals(focusCode)) {
                selectedNode = node;
                node.setSelected(true);
                for (var p = parent; p != null && p != root; p = p.getParent()) {
                    p.setExpanded(true);
                }
            } else if (focusCode == null && n.depth() == 0) {
                node.setExpanded(tree.nodes().size() <= 60);
            }
        }
    }

    public void search() {
        hits = service.search(query, FrameworkService.MAX_HITS);
    }

    public void clearSearch() {
        query = null;
        hits = null;
    }

    // ---- export ------------------------------------------------------------------------------------

    public StreamedContent getCsv() {
        return download(ExportFormat.CSV);
    }

    public StreamedContent getJson() {
        return download(ExportFormat.JSON);
    }

    private StreamedContent download(ExportFormat format) {
        if (selected == null) {
            return null;
        }
        ExportFile file = service.export(selected.id(), format);
        return DefaultStreamedContent.builder().name(file.fileName()).contentType(file.contentType())
                .contentLength((long) file.content().length)
                .stream(() -> new ByteArrayInputStream(file.content())).build();
    }

    // ---- import ------------------------------------------------------------------------------------

    public void importFile() {
        importErrors = List.of();
        if (upload == null || upload.getSize() == 0) {
            error(text("framework.import.noFile"));
            return;
        }
        if (upload.getSize() > MAX_UPLOAD) {
            error(text("framework.import.tooLarge"));
            return;
        }
        try {
            long id = service.importFile(upload.getFileName(), upload.getContent(), importCode, importVersion,
                    importTitle);
            info(text("framework.import.done"));
            importCode = importVersion = importTitle = null;
            reloadList();
            open(id, null);
        } catch (ImportResult.InvalidImportException e) {
            importErrors = e.getErrors().stream().map(ImportError::message).toList();
            error(e.getMessage());
        } catch (DomainException e) {
            error(e.getMessage());
        } catch (EJBException e) {
            rethrowDomain(e);
        }
    }

    // ---- creation and edition ----------------------------------------------------------------------

    public void create() {
        run(() -> {
            long id = service.create(newCode, newVersion, newTitle, null);
            newCode = newVersion = newTitle = null;
            reloadList();
            open(id, null);
        }, "framework.created");
    }

    public void createVersion() {
        run(() -> {
            long id = service.newVersion(selected.id(), nextVersion);
            nextVersion = null;
            reloadList();
            open(id, null);
        }, "framework.versionCreated");
    }

    public void publish() {
        run(() -> {
            service.publish(selected.id());
            reloadList();
            open(selected.id(), null);
        }, "framework.published");
    }

    public void retire() {
        run(() -> {
            service.retire(selected.id());
            reloadList();
            open(selected.id(), null);
        }, "framework.retired");
    }

    public void deleteDraft() {
        run(() -> {
            service.deleteDraft(selected.id());
            selected = null;
            tree = null;
            root = null;
            selectedNode = null;
            reloadList();
        }, "framework.deleted");
    }

    public void addCompetency() {
        run(() -> {
            service.addCompetency(selected.id(), parentCode, competencyCode, competencyKind, competencyTitle,
                    competencyDescription);
            String added = competencyCode;
            competencyCode = competencyTitle = competencyDescription = null;
            open(selected.id(), added);
        }, "framework.competency.added");
    }

    public void removeSelectedCompetency() {
        if (selectedNode == null) {
            error(text("framework.competency.noneSelected")); // a click that did nothing says so
            return;
        }
        run(() -> {
            service.removeCompetency(selected.id(), selectedNode.getData().code());
            open(selected.id(), null);
        }, "framework.competency.removed");
    }

    /** Prepares the add form to add under the selected node. */
    public void addUnderSelected() {
        TreeNode n = getDetail();
        parentCode = n == null ? null : n.code();
        competencyKind = n == null ? CompetencyKind.DOMAIN
                : switch (n.kind()) {
                    case DOMAIN, SUBDOMAIN -> CompetencyKind.CRITERION;
                    case CRITERION, ITEM -> CompetencyKind.ITEM;
                };
    }

    private void run(Runnable action, String doneKey) {
        try {
            action.run();
            info(text(doneKey));
        } catch (DomainException e) {
            error(e.getMessage());
        } catch (EJBException e) {
            rethrowDomain(e);
        }
    }

    private void rethrowDomain(EJBException e) {
        Throwable cause = e.getCause();
        if (cause instanceof DomainException d) {
            error(d.getMessage());
        } else {
            throw e;
        }
    }

    // ---- messages ----------------------------------------------------------------------------------

    private static String text(String key) {
        FacesContext fc = FacesContext.getCurrentInstance();
        ResourceBundle bundle = fc.getApplication().getResourceBundle(fc, "msg");
        return bundle.containsKey(key) ? bundle.getString(key) : key;
    }

    private static void info(String message) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, null));
    }

    private static void error(String message) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    }

    // ---- properties --------------------------------------------------------------------------------

    public List<FrameworkSummary> getList() { return list; }
    public FrameworkSummary getSelected() { return selected; }
    public FrameworkTree getTree() { return tree; }
    public org.primefaces.model.TreeNode<TreeNode> getRoot() { return root; }
    public org.primefaces.model.TreeNode<TreeNode> getSelectedNode() { return selectedNode; }
    public void setSelectedNode(org.primefaces.model.TreeNode<TreeNode> selectedNode) { this.selectedNode = selectedNode; }
    public TreeNode getDetail() { return selectedNode == null ? null : selectedNode.getData(); }
    public String getQuery() { return query; }
    public void setQuery(String query) { this.query = query; }
    public List<SearchHit> getHits() { return hits; }
    public UploadedFile getUpload() { return upload; }
    public void setUpload(UploadedFile upload) { this.upload = upload; }
    public String getImportCode() { return importCode; }
    public void setImportCode(String importCode) { this.importCode = importCode; }
    public String getImportVersion() { return importVersion; }
    public void setImportVersion(String importVersion) { this.importVersion = importVersion; }
    public String getImportTitle() { return importTitle; }
    public void setImportTitle(String importTitle) { this.importTitle = importTitle; }
    public List<String> getImportErrors() { return importErrors; }
    public String getNewCode() { return newCode; }
    public void setNewCode(String newCode) { this.newCode = newCode; }
    public String getNewVersion() { return newVersion; }
    public void setNewVersion(String newVersion) { this.newVersion = newVersion; }
    public String getNewTitle() { return newTitle; }
    public void setNewTitle(String newTitle) { this.newTitle = newTitle; }
    public String getNextVersion() { return nextVersion; }
    public void setNextVersion(String nextVersion) { this.nextVersion = nextVersion; }
    public String getParentCode() { return parentCode; }
    public void setParentCode(String parentCode) { this.parentCode = parentCode; }
    public String getCompetencyCode() { return competencyCode; }
    public void setCompetencyCode(String competencyCode) { this.competencyCode = competencyCode; }
    public CompetencyKind getCompetencyKind() { return competencyKind; }
    public void setCompetencyKind(CompetencyKind competencyKind) { this.competencyKind = competencyKind; }
    public String getCompetencyTitle() { return competencyTitle; }
    public void setCompetencyTitle(String competencyTitle) { this.competencyTitle = competencyTitle; }
    public String getCompetencyDescription() { return competencyDescription; }
    public void setCompetencyDescription(String competencyDescription) { this.competencyDescription = competencyDescription; }
    public CompetencyKind[] getKinds() { return CompetencyKind.values(); }
    public boolean isCanCreate() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Roles.COORDINATOR)
                || FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Roles.ADMIN);
    }

    /** Number of nodes of each kind of the open framework, e.g. « 7 domaines · 28 sous-domaines · 106 critères ». */
    public List<String> getKindCounts() {
        List<String> out = new ArrayList<>();
        if (tree != null) {
            for (CompetencyKind k : CompetencyKind.values()) {
                long n = tree.count(k);
                if (n > 0) {
                    out.add(n + " " + fr.sillon.domain.Labels.of(k, n > 1 ? "plural" : "one"));
                }
            }
        }
        return out;
    }
}
