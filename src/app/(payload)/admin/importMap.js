import { StageCell as StageCell_30817c2b5f68811c761ff0f7aa589e46 } from '../../../../src/admin/StageBadge'
import { WorkflowPanel as WorkflowPanel_df0a4002001ced1e11749f7cc8c36613 } from '../../../../src/admin/WorkflowPanel'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StoryPhotos as StoryPhotos_35210194c9a89687dbf8be2a37fddbde } from '../../../../src/admin/photos/StoryPhotos'
import { RelationTitleCell as RelationTitleCell_5d26132accd326e15a995c6a48d6f994 } from '../../../../src/admin/RelationTitleCell'
import { QueueTabs as QueueTabs_52335b2a581ff580c2d92784b6a49069 } from '../../../../src/admin/QueueTabs'
import { PublicationStateCell as PublicationStateCell_826090fa118bf2ebb8b2ed2e2d14b327 } from '../../../../src/admin/publications/PublicationStateBadge'
import { PermalinkCell as PermalinkCell_beb6ecf70ad44b6228ae0b028be49bad } from '../../../../src/admin/publications/PermalinkCell'
import { ErrorCell as ErrorCell_beb6ecf70ad44b6228ae0b028be49bad } from '../../../../src/admin/publications/PermalinkCell'
import { PublicationFilters as PublicationFilters_85fac510536c01a914559621cf465b8e } from '../../../../src/admin/publications/PublicationFilters'
import { PublicationActions as PublicationActions_14651f09dce4c7e31148b25d06371f68 } from '../../../../src/admin/publications/PublicationActions'
import { InboxPanel as InboxPanel_003f2792805adadfd5190a2f950ad72b } from '../../../../src/admin/inbox/InboxPanel'
import { InboxStateCell as InboxStateCell_b5677dbb2dce4bdeae2ba502896e0655 } from '../../../../src/admin/inbox/InboxStateBadge'
import { ShownInPanel as ShownInPanel_84c678bde43c1a36180cca4806900d42 } from '../../../../src/admin/inbox/ShownInPanel'
import { SlaCell as SlaCell_28ae0ca1e412fc885e51513cb462a13f } from '../../../../src/admin/inbox/SlaCountdown'
import { RosterLink as RosterLink_213d0420726ff6ca0e4fe7d367399140 } from '../../../../src/admin/roster/RosterLink'
import { SlotRowLabel as SlotRowLabel_d5baf28a0c14676d28c6f4249cdda773 } from '../../../../src/admin/roster/SlotRowLabel'
import { ConnectionPanel as ConnectionPanel_70c1f23db3943ee17059e67f551ccb38 } from '../../../../src/admin/channels/ConnectionPanel'
import { TokenField as TokenField_1ca889e138cbbab9f7ea284ee32e4534 } from '../../../../src/admin/channels/TokenField'
import { FlagCell as FlagCell_5a818b075c1b32768238ec5df47ba91a } from '../../../../src/admin/cells/FlagCell'
import { MembersListLinks as MembersListLinks_a78188ae66b9deaa359026fce1ce84ce } from '../../../../src/admin/members/MembersListLinks'
import { ContestStagePanel as ContestStagePanel_821311a7b2d68ee5190fc9304e74fc95 } from '../../../../src/admin/contests/ContestStagePanel'
import { Icon as Icon_df0445bca982641de154f09e1b392207 } from '../../../../src/admin/brand/Brand'
import { Logo as Logo_df0445bca982641de154f09e1b392207 } from '../../../../src/admin/brand/Brand'
import { NotificationBell as NotificationBell_a6dae5730951eabee519e3eace0566de } from '../../../../src/admin/notifications/NotificationBell'
import { NewsroomNavLinks as NewsroomNavLinks_e98ae7acfc1ddd2e0fc28bfd2da379ac } from '../../../../src/admin/nav/NewsroomNavLinks'
import { NetworkNavLink as NetworkNavLink_99c2feab4bf87dc223c82b8d9829e2b2 } from '../../../../src/admin/network/NetworkNavLink'
import { MyAccountsNavLink as MyAccountsNavLink_7a4e25ccdd9482a614d7b387e19766e9 } from '../../../../src/admin/members/MyAccountsNavLink'
import { PageContext as PageContext_7624a8d10ad9e3746977e2642f620cfb } from '../../../../src/admin/pageSwitcher/PageContext'
import { TranslatedToasts as TranslatedToasts_546bd8836cb4376d09ac1348f06ff9eb } from '../../../../src/admin/toasts/TranslatedToasts'
import { Dashboard as Dashboard_e57afc99291726bda4e4e9629bc62236 } from '../../../../src/admin/dashboard/Dashboard'
import { RosterView as RosterView_aeafd09534d8a8bef179fe79547ab1f4 } from '../../../../src/admin/roster/RosterView'
import { CalendarView as CalendarView_d6a356243cb75cd808b179f80b0e6977 } from '../../../../src/admin/calendar/CalendarView'
import { NetworkView as NetworkView_70a40b5a618cba04069718835f34dfeb } from '../../../../src/admin/network/NetworkView'
import { InsightsView as InsightsView_04382eb77bc885b158e2617f0057b70b } from '../../../../src/admin/insights/InsightsView'
import { JudgingView as JudgingView_8841ef4bcc174467b6d9f8cb3ca04999 } from '../../../../src/admin/contests/judging/JudgingView'
import { MembersImportView as MembersImportView_594727558730a3b5e9b3d7de0f8e0d10 } from '../../../../src/admin/members/MembersImportView'
import { MyAccountsView as MyAccountsView_838406befc9c0d42abdde54cdd3b27e4 } from '../../../../src/admin/members/MyAccountsView'
import { CampaignsView as CampaignsView_9f620f1d9fc69a81a473ddc57d406209 } from '../../../../src/admin/campaigns/CampaignsView'
import { RecognitionView as RecognitionView_d66dc6e0d030bb8c524ab44588b1a4dc } from '../../../../src/admin/recognition/RecognitionView'
import { ModerationView as ModerationView_20b0bfc0e8d738d6c240c1bc84fe2179 } from '../../../../src/admin/contests/ModerationView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/src/admin/StageBadge#StageCell": StageCell_30817c2b5f68811c761ff0f7aa589e46,
  "/src/admin/WorkflowPanel#WorkflowPanel": WorkflowPanel_df0a4002001ced1e11749f7cc8c36613,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/src/admin/photos/StoryPhotos#StoryPhotos": StoryPhotos_35210194c9a89687dbf8be2a37fddbde,
  "/src/admin/RelationTitleCell#RelationTitleCell": RelationTitleCell_5d26132accd326e15a995c6a48d6f994,
  "/src/admin/QueueTabs#QueueTabs": QueueTabs_52335b2a581ff580c2d92784b6a49069,
  "/src/admin/publications/PublicationStateBadge#PublicationStateCell": PublicationStateCell_826090fa118bf2ebb8b2ed2e2d14b327,
  "/src/admin/publications/PermalinkCell#PermalinkCell": PermalinkCell_beb6ecf70ad44b6228ae0b028be49bad,
  "/src/admin/publications/PermalinkCell#ErrorCell": ErrorCell_beb6ecf70ad44b6228ae0b028be49bad,
  "/src/admin/publications/PublicationFilters#PublicationFilters": PublicationFilters_85fac510536c01a914559621cf465b8e,
  "/src/admin/publications/PublicationActions#PublicationActions": PublicationActions_14651f09dce4c7e31148b25d06371f68,
  "/src/admin/inbox/InboxPanel#InboxPanel": InboxPanel_003f2792805adadfd5190a2f950ad72b,
  "/src/admin/inbox/InboxStateBadge#InboxStateCell": InboxStateCell_b5677dbb2dce4bdeae2ba502896e0655,
  "/src/admin/inbox/ShownInPanel#ShownInPanel": ShownInPanel_84c678bde43c1a36180cca4806900d42,
  "/src/admin/inbox/SlaCountdown#SlaCell": SlaCell_28ae0ca1e412fc885e51513cb462a13f,
  "/src/admin/roster/RosterLink#RosterLink": RosterLink_213d0420726ff6ca0e4fe7d367399140,
  "/src/admin/roster/SlotRowLabel#SlotRowLabel": SlotRowLabel_d5baf28a0c14676d28c6f4249cdda773,
  "/src/admin/channels/ConnectionPanel#ConnectionPanel": ConnectionPanel_70c1f23db3943ee17059e67f551ccb38,
  "/src/admin/channels/TokenField#TokenField": TokenField_1ca889e138cbbab9f7ea284ee32e4534,
  "/src/admin/cells/FlagCell#FlagCell": FlagCell_5a818b075c1b32768238ec5df47ba91a,
  "/src/admin/members/MembersListLinks#MembersListLinks": MembersListLinks_a78188ae66b9deaa359026fce1ce84ce,
  "/src/admin/contests/ContestStagePanel#ContestStagePanel": ContestStagePanel_821311a7b2d68ee5190fc9304e74fc95,
  "/src/admin/brand/Brand#Icon": Icon_df0445bca982641de154f09e1b392207,
  "/src/admin/brand/Brand#Logo": Logo_df0445bca982641de154f09e1b392207,
  "/src/admin/notifications/NotificationBell#NotificationBell": NotificationBell_a6dae5730951eabee519e3eace0566de,
  "/src/admin/nav/NewsroomNavLinks#NewsroomNavLinks": NewsroomNavLinks_e98ae7acfc1ddd2e0fc28bfd2da379ac,
  "/src/admin/network/NetworkNavLink#NetworkNavLink": NetworkNavLink_99c2feab4bf87dc223c82b8d9829e2b2,
  "/src/admin/members/MyAccountsNavLink#MyAccountsNavLink": MyAccountsNavLink_7a4e25ccdd9482a614d7b387e19766e9,
  "/src/admin/pageSwitcher/PageContext#PageContext": PageContext_7624a8d10ad9e3746977e2642f620cfb,
  "/src/admin/toasts/TranslatedToasts#TranslatedToasts": TranslatedToasts_546bd8836cb4376d09ac1348f06ff9eb,
  "/src/admin/dashboard/Dashboard#Dashboard": Dashboard_e57afc99291726bda4e4e9629bc62236,
  "/src/admin/roster/RosterView#RosterView": RosterView_aeafd09534d8a8bef179fe79547ab1f4,
  "/src/admin/calendar/CalendarView#CalendarView": CalendarView_d6a356243cb75cd808b179f80b0e6977,
  "/src/admin/network/NetworkView#NetworkView": NetworkView_70a40b5a618cba04069718835f34dfeb,
  "/src/admin/insights/InsightsView#InsightsView": InsightsView_04382eb77bc885b158e2617f0057b70b,
  "/src/admin/contests/judging/JudgingView#JudgingView": JudgingView_8841ef4bcc174467b6d9f8cb3ca04999,
  "/src/admin/members/MembersImportView#MembersImportView": MembersImportView_594727558730a3b5e9b3d7de0f8e0d10,
  "/src/admin/members/MyAccountsView#MyAccountsView": MyAccountsView_838406befc9c0d42abdde54cdd3b27e4,
  "/src/admin/campaigns/CampaignsView#CampaignsView": CampaignsView_9f620f1d9fc69a81a473ddc57d406209,
  "/src/admin/recognition/RecognitionView#RecognitionView": RecognitionView_d66dc6e0d030bb8c524ab44588b1a4dc,
  "/src/admin/contests/ModerationView#ModerationView": ModerationView_20b0bfc0e8d738d6c240c1bc84fe2179,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
