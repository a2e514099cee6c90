import { Popover } from '@/components/ui/popover';
import { BackupPanel, DRAFTS_TEXT as D, StorageStatus, type StorageState } from '@/features/drafts';
import { IdentityForm } from '@/features/review/identity-form';
import type { ReportStore } from '@/storage/report-store';
import { OfflineNotice } from './offline-notice';

type SettingsMenuProps = {
  store: ReportStore;
  storage: StorageState;
  /** After a restore from a backup: the list is read again (stores that are not watched). */
  onRestored: () => void;
};

const now = () => new Date();

/** 设置: 我的身份 (name and role), 备份 / 恢复, the storage status and the offline sentence. */
export function SettingsMenu({ store, storage, onRestored }: SettingsMenuProps) {
  return (
    <Popover
      label={D.settings}
      align="end"
      buttonProps={{ variant: 'ghost', title: D.settingsHint }}
    >
      <div className="settings-panel">
        <section className="settings-section" aria-label={D.identityTitle}>
          <IdentityForm />
        </section>
        <BackupPanel store={store} now={now} onImported={onRestored} />
        <section className="settings-section" aria-labelledby="storage-title">
          <h3 id="storage-title">{D.storageTitle}</h3>
          <StorageStatus state={storage} />
        </section>
        <OfflineNotice />
      </div>
    </Popover>
  );
}
