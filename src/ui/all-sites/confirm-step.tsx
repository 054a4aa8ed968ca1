import { useId } from 'preact/hooks';
import { formatList, t, tCount } from '../../core/i18n';
import type { AllSitesView } from '../../core/logout/all-sites';
import { useFocusOnMount } from '../use-focus-on-mount';

/** The sites a logout of all sites would log out and keep, and Confirm, which takes focus, naming their count. */
export function ConfirmStep(props: {
  view: AllSitesView;
  onConfirm: (view: AllSitesView) => void;
  onCancel: () => void;
}) {
  const { view } = props;
  const confirm = useFocusOnMount<HTMLButtonElement>();
  const question = useId();
  return (
    <div class="all-sites-step">
      <div id={question}>
        <p>{tCount('allSitesWillLogOut', view.sites.length, formatList(view.sites))}</p>
        {view.kept.length > 0 && <p>{t('allSitesStaySignedIn', formatList(view.kept))}</p>}
      </div>
      <div class="all-sites-actions">
        <button
          ref={confirm}
          type="button"
          class="primary primary-inline"
          aria-describedby={question}
          onClick={() => props.onConfirm(view)}
        >
          {tCount('allSitesConfirm', view.sites.length)}
        </button>
        <button type="button" class="secondary" onClick={props.onCancel}>
          {t('cancel')}
        </button>
      </div>
    </div>
  );
}
